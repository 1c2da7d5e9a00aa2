package org.crmgap.diagram.internal.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.util.function.Function;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;

import jakarta.websocket.server.ServerEndpointConfig;

/**
 * Jetty with the GLSP endpoint at /glsp and the client at /diagram. Built here rather than with GLSP's
 * WebsocketServerLauncher, which blocks, may call System.exit and has no way to check who connects.
 */
public final class GlspWebsocket {

	static final String ENDPOINT = "/glsp";

	private final Server server;
	private final int port;

	private GlspWebsocket(Server server, int port) {
		this.server = server;
		this.port = port;
	}

	/** GLSP's server module with the diagram kinds, each connection's Gson configured from what the first one learnt. */
	public static ServerModule serverModule(DiagramModule... diagrams) {
		ServerModule glsp = new ServerModule() {
			@Override
			protected Class<? extends ServerGsonConfigurator> bindGsonConfigurator() {
				return LearntGsonConfigurator.class;
			}
		};
		for (DiagramModule diagram : diagrams) {
			glsp.configureDiagramModule(diagram);
		}
		return glsp;
	}

	public static GlspWebsocket start(InetSocketAddress address, Sessions sessions, Function<String, URL> clientFiles,
			DiagramModule... diagrams) throws IOException {
		ServerModule glsp = serverModule(diagrams);
		AbstractModule shared = new AbstractModule() {
			@Override
			protected void configure() {
				bind(Sessions.class).toInstance(sessions);
			}
		};
		// daemon threads: an open diagram never keeps the workbench's JVM alive at exit
		QueuedThreadPool threads = new QueuedThreadPool();
		threads.setName("crmgap-diagram-server");
		threads.setDaemon(true);
		Server server = new Server(threads);
		ServerConnector connector = new ServerConnector(server);
		connector.setHost(address.getHostString());
		connector.setPort(address.getPort());
		server.addConnector(connector);
		ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
		context.setContextPath("/");
		context.addServlet(new ServletHolder(new ClientResources(clientFiles)), "/diagram/*");
		JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
			ServerEndpointConfig config = ServerEndpointConfig.Builder.create(GlspEndpoint.class, ENDPOINT)
					.configurator(new EndpointConfigurator(() -> Guice.createInjector(glsp, shared))).build();
			container.addEndpoint(config);
		});
		AccessHandler access = new AccessHandler(context, ENDPOINT, sessions);
		server.setHandler(access);
		try {
			server.start();
		} catch (Exception e) {
			throw new IOException("could not start the diagram server on " + address + ": " + e.getMessage(), e);
		}
		int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
		access.setOrigin("http://127.0.0.1:" + port);
		return new GlspWebsocket(server, port);
	}

	public int port() {
		return port;
	}

	public void stop() {
		try {
			server.stop();
		} catch (Exception e) {
			System.getLogger(GlspWebsocket.class.getName()).log(System.Logger.Level.WARNING, "the diagram server did not stop", e);
		}
	}
}
