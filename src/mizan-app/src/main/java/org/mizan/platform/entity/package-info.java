/** Mapping helpers every component's entities share, such as {@link org.mizan.platform.entity.JsonColumn} for jsonb columns. */
package org.mizan.platform.entity;
