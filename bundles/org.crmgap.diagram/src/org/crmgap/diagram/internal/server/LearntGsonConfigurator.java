package org.crmgap.diagram.internal.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionRegistry;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.internal.gson.DefaultServerGsonConfigurator;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.eclipse.glsp.graph.gson.GraphGsonConfigurator;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.name.Named;

/**
 * GLSP's configurator learns each diagram kind's action kinds and graph types by creating, for every new connection, a
 * client session of every kind (a Guice child injector each) only to dispose of it: a second of every diagram's opening
 * on two cores. What it learns depends on the server's diagram modules alone, so the first connection learns it and the
 * later connections of the same server are given what it learnt.
 */
public class LearntGsonConfigurator extends DefaultServerGsonConfigurator {

	/** What the first connection learnt, by the server's diagram modules (one entry per running server). */
	private static final Map<Map<String, Module>, Learnt> LEARNT = Collections.synchronizedMap(new WeakHashMap<>());

	@Inject
	public LearntGsonConfigurator(Injector injector, @Named(ServerModule.DIAGRAM_MODULES) Map<String, Module> diagramModules,
			ActionRegistry actionRegistry, ClientSessionManager sessionManager) {
		super(injector, diagramModules, actionRegistry, sessionManager);
	}

	@Override
	protected GraphGsonConfigurator createGraphGsonConfigurator() {
		return new Recording();
	}

	@Override
	protected void configure(Map<String, Module> diagramModules, ClientSessionManager sessionManager) {
		Learnt learnt = LEARNT.computeIfAbsent(diagramModules, m -> new Learnt());
		synchronized (learnt) {
			if (learnt.actions == null) {
				super.configure(diagramModules, sessionManager);
				learnt.actions = new HashMap<>();
				actionRegistry.keys().forEach(type -> learnt.actions.put(type, new HashMap<>(actionRegistry.get(type).orElseThrow())));
				learnt.graph = List.copyOf(((Recording) graphGsonConfigurator).calls);
			} else {
				learnt.actions.forEach(actionRegistry::register);
				learnt.graph.forEach(call -> call.accept(graphGsonConfigurator));
			}
		}
	}

	private static final class Learnt {
		private Map<String, Map<String, Class<? extends Action>>> actions;
		private List<Consumer<GraphGsonConfigurator>> graph;
	}

	/**
	 * Records what the diagram kinds configure, to configure later connections the same. What the constructor configures
	 * (before the list exists) every instance configures itself.
	 */
	private static final class Recording extends GraphGsonConfigurator {

		private final List<Consumer<GraphGsonConfigurator>> calls = new ArrayList<>();

		private void record(Consumer<GraphGsonConfigurator> call) {
			if (calls != null) {
				calls.add(call);
			}
		}

		@Override
		public GraphGsonConfigurator withDefaultTypes() {
			record(GraphGsonConfigurator::withDefaultTypes);
			return super.withDefaultTypes();
		}

		@Override
		public GraphGsonConfigurator withTypes(Map<String, EClass> types) {
			Map<String, EClass> copy = new HashMap<>(types);
			record(g -> g.withTypes(copy));
			return super.withTypes(types);
		}

		@Override
		public GraphGsonConfigurator withEPackages(EPackage... packages) {
			EPackage[] copy = packages.clone();
			record(g -> g.withEPackages(copy));
			return super.withEPackages(packages);
		}
	}
}
