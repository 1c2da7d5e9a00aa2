package org.crmgap.diagram.internal.server;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jetty.ee10.websocket.jakarta.server.config.ContainerDefaultConfigurator;

import com.google.inject.Injector;

import jakarta.websocket.Extension;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * Creates each connection's endpoint from a new injector (a GLSP server per client). Everything else goes to Jetty's
 * configurator directly: the base class would look it up with a ServiceLoader, which fails inside OSGi.
 */
final class EndpointConfigurator extends ServerEndpointConfig.Configurator {

	private final ContainerDefaultConfigurator jetty = new ContainerDefaultConfigurator();
	private final Supplier<Injector> injectors;

	EndpointConfigurator(Supplier<Injector> injectors) {
		this.injectors = injectors;
	}

	@Override
	public <T> T getEndpointInstance(Class<T> endpointClass) {
		return injectors.get().getInstance(endpointClass);
	}

	@Override
	public String getNegotiatedSubprotocol(List<String> supported, List<String> requested) {
		return jetty.getNegotiatedSubprotocol(supported, requested);
	}

	@Override
	public List<Extension> getNegotiatedExtensions(List<Extension> installed, List<Extension> requested) {
		return jetty.getNegotiatedExtensions(installed, requested);
	}

	@Override
	public boolean checkOrigin(String originHeaderValue) {
		return true; // checked with the token before the handshake (AccessHandler)
	}

	@Override
	public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
		// nothing to add
	}
}
