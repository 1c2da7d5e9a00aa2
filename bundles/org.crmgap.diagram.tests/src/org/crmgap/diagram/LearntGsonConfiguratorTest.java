package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crmgap.diagram.internal.server.GlspWebsocket;
import org.crmgap.diagram.internal.server.Sessions;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.actions.ActionRegistry;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.features.core.model.SetModelAction;
import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.junit.jupiter.api.Test;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Each websocket connection gets its own GLSP server (a new injector); the second and later connections are configured
 * from what the first learnt instead of building a client session of every diagram kind again. They must read and write
 * the messages exactly as the first does.
 */
class LearntGsonConfiguratorTest {

	@Test
	void laterConnectionsReadAndWriteMessagesAsTheFirst() {
		ServerModule glsp = GlspWebsocket.serverModule(DiagramServer.modules());
		Injector first = connection(glsp);
		Injector second = connection(glsp);
		// as each connection's endpoint does: its Gson first, which fills its action registry
		Gson one = gson(first);
		Gson other = gson(second);
		ActionRegistry learnt = first.getInstance(ActionRegistry.class);
		ActionRegistry given = second.getInstance(ActionRegistry.class);
		assertEquals(learnt.getAllAsMap(), given.getAllAsMap());
		assertEquals(learnt.getHandledActionKinds(), given.getHandledActionKinds());
		assertFalse(given.getHandledActionKinds().isEmpty(), "the later connection knows the action kinds");

		// an operation of one of our diagram kinds, as the client sends it
		String create = "{\"clientId\":\"c\",\"action\":{\"kind\":\"createNode\",\"elementTypeId\":\"node:segment\",\"isOperation\":true}}";
		assertInstanceOf(CreateNodeOperation.class, other.fromJson(create, ActionMessage.class).getAction());
		// a model as the server sends it: the graph types configured the same
		GModelRoot root = new GGraphBuilder().id("g").add(new GNodeBuilder("node:segment").id("n").position(1, 2).size(3, 4).build()).build();
		Action set = new SetModelAction(root);
		String written = other.toJson(new ActionMessage("c", set));
		assertEquals(one.toJson(new ActionMessage("c", set)), written);
		assertTrue(written.contains("\"type\":\"node:segment\"") && written.contains("\"kind\":\"setModel\""), written);
	}

	private static Injector connection(ServerModule glsp) {
		return Guice.createInjector(glsp, new AbstractModule() {
			@Override
			protected void configure() {
				bind(Sessions.class).toInstance(new Sessions());
			}
		});
	}

	private static Gson gson(Injector connection) {
		return connection.getInstance(ServerGsonConfigurator.class).configureGsonBuilder(new GsonBuilder()).create();
	}
}
