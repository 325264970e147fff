package org.mizan.it;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Hands tests the one shared {@link MizanServer}, starting it on first use and stopping it when the run ends. */
public final class MizanServerExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == MizanServer.class || type == Api.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        MizanServer server = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(MizanServer.class, key -> {
                    try {
                        return MizanServer.start();
                    } catch (Exception e) {
                        throw new IllegalStateException("Mizan did not start; see target/it/payara.log", e);
                    }
                }, MizanServer.class);
        return parameter.getParameter().getType() == Api.class ? new Api(server) : server;
    }
}
