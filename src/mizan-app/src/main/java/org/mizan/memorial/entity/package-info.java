/** What the memorial keeps: approved public texts and photos, issued publications, and the kinds of leak it refuses. */
package org.mizan.memorial.entity;
