import 'reflect-metadata';

import {
    Args,
    BaseJsonrpcGLSPClient,
    ConsoleLogger,
    DefaultTypes,
    DeleteElementOperation,
    DiagramLoader,
    EditMode,
    EditorContextService,
    FeatureModule,
    GEdge,
    GGraph,
    GLabel,
    GLSPActionDispatcher,
    GLSPClient,
    GLSPWebSocketProvider,
    GModelRoot,
    LayoutOperation,
    LogLevel,
    MessageAction,
    Operation,
    RequestExportSvgAction,
    RequestModelAction,
    SelectAction,
    SelectAllAction,
    SelectionService,
    SetAccessibleKeyShortcutAction,
    NoOverlapMovementRestrictor,
    STANDALONE_MODULE_CONFIG,
    KeyboardToolPalette,
    TYPES,
    configureElementNavigationTool,
    configureKeyboardControlTools,
    configureKeyboardToolPaletteTool,
    configureMoveZoom,
    configureResizeTools,
    configureSearchPaletteModule,
    configureShortcutHelpTool,
    configureToastTool,
    configureViewKeyTools,
    bindOrRebind,
    configureDefaultModelElements,
    configureModelElement,
    createDiagramOptionsModule,
    editLabelFeature,
    edgeIntersectionModule,
    gridModule,
    helperLineModule,
    initializeDiagramContainer,
    overrideModelElement,
    popupFeature,
    toolPaletteModule
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { MessageConnection } from 'vscode-jsonrpc';
import '@vscode/codicons/dist/codicon.css';
import './crmgap.css';
import { ConceptNode } from './concept-node';
import { CollapsedToolPalette } from './palette';
import { ArrowEdgeView, ConceptNodeView, DetailLabelView, GapLabelView } from './views';
import { configureFigure } from './figure';
import { installSafeSuggestions } from './safe-suggestions';
import { ShowElementsKeys, showElements } from './show-elements';
import { acceptDrops } from './drop';
import { configureContextMenu } from './context-menu';
import { installHoverMarker } from './hover-marker';
import { viewportFunctions } from './viewport';
import { LazyRoutingGraphView } from './lazy-routing';
import { ShortcutHelpKey } from './help-key';

installSafeSuggestions();

// The page is served by the diagram server: same host, session token and diagram kind in the query.
const params = new URLSearchParams(window.location.search);
const token = params.get('token') ?? '';
const diagramType = params.get('kind') ?? 'die-overview';
// one of several diagrams of the kind, by its id in the notation (absent: the kind's first); showDiagram changes it
let diagramId = params.get('diagram') ?? '';
const sourceUri = () => 'crmgap:' + diagramType + (diagramId ? '/' + diagramId : '');
const modelOptions = (isReconnecting: boolean): Args => (diagramId ? { isReconnecting, token, diagram: diagramId } : { isReconnecting, token });
const clientId = 'crmgap-diagram';
installHoverMarker(clientId);
const webSocketUrl = `ws://${window.location.host}/glsp?token=${encodeURIComponent(token)}`;

const CONCEPTS = ['segment', 'expectation', 'perception', 'standard', 'unit', 'component', 'flow', 'communication', 'promise', 'data-source'];
const RELATIONS = ['has-expectation', 'perceives', 'addresses', 'owned-by', 'has-component', 'has-subunit', 'performed-by', 'realises', 'serves', 'promises', 'audience', 'issued-by', 'concerns'];
const GAPS = ['knowledge', 'policy', 'delivery', 'communication', 'customer', 'value', 'componentReadiness', 'coherence'];

const gapDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
        configureDefaultModelElements(context);
        overrideModelElement(context, DefaultTypes.GRAPH, GGraph, LazyRoutingGraphView);
        // the palette starts closed, one button (or Alt+P) opens it
        rebind(KeyboardToolPalette).to(CollapsedToolPalette).inSingletonScope();
        // a node moved onto another goes back where it was
        bindOrRebind(context, TYPES.IMovementRestrictor).to(NoOverlapMovementRestrictor).inSingletonScope();
        CONCEPTS.forEach(c => configureModelElement(context, `node:${c}`, ConceptNode, ConceptNodeView));
        RELATIONS.forEach(r => configureModelElement(context, `edge:${r}`, GEdge, ArrowEdgeView));
        // a gap shows its indicator in a hover popup (sprotty gives popups to nodes only)
        GAPS.forEach(g => configureModelElement(context, `edge:gap-${g}`, GEdge, ArrowEdgeView, { enable: [popupFeature] }));
        configureModelElement(context, 'label:name', GLabel, DetailLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, 'label:detail', GLabel, DetailLabelView);
        configureModelElement(context, 'label:gap', GLabel, GapLabelView);
        configureFigure(context, diagramType);
        configureContextMenu(context);
        // "?" opens the shortcut help as Alt+H does (in the workbench Alt+H opens the Help menu)
        bind(ShortcutHelpKey).toSelf().inSingletonScope();
        bind(TYPES.KeyListener).toService(ShortcutHelpKey);
        // Shift+H hides the selection, Shift+R shows its related elements, Shift+A shows all
        if (diagramType !== 'gap-model') {
            bind(ShowElementsKeys).toSelf().inSingletonScope();
            bind(TYPES.KeyListener).toService(ShowElementsKeys);
        }
    },
    { featureId: Symbol('crmgapDiagram') }
);

// GLSP's keyboard access (its accessibilityModule) without the focus tracker, whose "Currently focused: unknown" toast
// stood over the diagram after every click
const keyboardModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        configureResizeTools(context);
        configureViewKeyTools(context);
        configureMoveZoom(context);
        configureSearchPaletteModule(context);
        configureShortcutHelpTool(context);
        configureKeyboardToolPaletteTool(context);
        configureKeyboardControlTools(context);
        configureElementNavigationTool(context);
        configureToastTool(context);
    },
    { featureId: Symbol('crmgapKeyboard') }
);

/** What tests and the workbench see of the page (`window.crmgap`); the functions are there once the diagram is loaded. */
interface CrmgapPage {
    status: string;
    diagramType: string;
    container?: Container;
    dispatcher?: GLSPActionDispatcher;
    root?: () => Readonly<GModelRoot>;
    count?: (typePrefix: string) => number;
    scrollTo?: (x: number, y: number, zoom?: number) => Promise<void>;
    fit?: () => Promise<void>;
    /** The view the page opens on: the top left of the diagram at full size (labels readable), or all of it if it fits. */
    home?: () => Promise<void>;
    toggleLayer?: (layer: string) => Promise<void>;
    /** Hide the selected elements, show the elements related to them, or show every element of the kind. */
    showElements?: (mode: 'hide' | 'related' | 'all', relations?: string[]) => Promise<void>;
    /** Shows another diagram of the kind (by its id in the notation) in this page, on the same session: no page load. */
    showDiagram?: (id: string) => Promise<void>;
    /** The server's error that stopped the page (e.g. an unknown diagram id), or undefined. */
    error?: string;
    svg?: () => Promise<string>;
    exportSvg?: () => Promise<string>;
    exportPng?: () => Promise<string>;
    deleteSelection?: () => Promise<void>;
    selectAll?: () => Promise<void>;
    select?: (ids: string[]) => Promise<void>;
}

declare global {
    interface Window {
        crmgap: CrmgapPage;
        /** Set by the workbench, which hosts the page in an SWT Browser (absent in a plain browser). */
        crmgapHostExport?: (format: 'svg' | 'png', data: string) => void;
        crmgapHostSelect?: (selectedIdsAsJson: string) => void;
        /** "Open in tree" from the context menu: select these model elements in the editor's tree. */
        crmgapHostReveal?: (elementIdsAsJson: string) => void;
    }
}

/** The server's layer switch (a custom operation of the diagram server, not part of GLSP). */
interface ToggleLayerOperation extends Operation {
    kind: 'crmgapToggleLayer';
    layer: string;
}

const crmgap: CrmgapPage = (window.crmgap = { status: 'connecting', diagramType });

/** How long a switch to another diagram waits for the server's model (a large diagram's first layout takes seconds). */
const SWITCH_TIMEOUT_MS = 60_000;

/** A page lower than this (a small editor in the workbench) opens with the layers and legend folded: they took a third of it. */
const FOLDED_LEGEND_BELOW = 640;

function overlay(dispatcher: GLSPActionDispatcher): void {
    const bar = document.createElement('div');
    bar.className = 'crmgap-overlay';
    bar.innerHTML = `
      <div class="crmgap-toolbar">
        <button data-action="fit" title="Fit to screen"><i class="codicon codicon-screen-full"></i> Fit</button>
        <button data-action="layout" title="Lay out with ELK"><i class="codicon codicon-type-hierarchy"></i> Layout</button>
        <button data-action="svg" title="Export as SVG"><i class="codicon codicon-export"></i> SVG</button>
        <button data-action="png" title="Export as PNG"><i class="codicon codicon-file-media"></i> PNG</button>
        <span class="crmgap-show">
        <button data-show="hide" title="Hide the selected elements from this diagram; they stay in the model (Shift+H)"><i class="codicon codicon-eye-closed"></i> Hide</button>
        <button data-show="related" title="Show the elements related to the selection (Shift+R)"><i class="codicon codicon-references"></i> Show related</button>
        <button data-show="all" title="Show every element of this kind of diagram (Shift+A)"><i class="codicon codicon-eye"></i> Show all</button>
        </span>
      </div>
      <details class="crmgap-key"${window.innerHeight >= FOLDED_LEGEND_BELOW ? ' open' : ''}><summary title="Show or hide the layers and the legend">Layers and legend</summary>
      <div class="crmgap-layers">Layers:
        ${['external', 'internal', 'gaps', 'data'].map(l => `<label><input type="checkbox" data-layer="${l}" checked> ${l}</label>`).join(' ')}
      </div>
      <div class="crmgap-legend">Severity:
        <span class="swatch severity-ok"></span> ok
        <span class="swatch severity-warning"></span> warning
        <span class="swatch severity-error"></span> error
        <span class="swatch severity-notJudged" title="measured, but too few observations or no variance to test"></span> not judged
        <span class="swatch severity-unknown"></span> not measured
      </div></details>`;
    document.body.appendChild(bar);
    bar.querySelector('[data-action=fit]')!.addEventListener('click', () => crmgap.fit?.());
    bar.querySelector('[data-action=layout]')!.addEventListener('click', () => dispatcher.dispatch(LayoutOperation.create([])));
    bar.querySelector('[data-action=svg]')!.addEventListener('click', () => crmgap.exportSvg?.());
    bar.querySelector('[data-action=png]')!.addEventListener('click', () => crmgap.exportPng?.());
    bar.querySelectorAll<HTMLButtonElement>('[data-show]').forEach(button =>
        button.addEventListener('click', () => crmgap.showElements?.(button.dataset.show as 'hide' | 'related' | 'all')));
    if (diagramType === 'gap-model') {
        bar.querySelector<HTMLElement>('.crmgap-show')!.style.display = 'none';
    }
    bar.querySelectorAll<HTMLInputElement>('[data-layer]').forEach(box =>
        box.addEventListener('change', () => crmgap.toggleLayer?.(box.dataset.layer ?? '')));
}

/** The exported SVG drawn on a canvas at twice its size: a PNG as base64. */
async function toPng(svg: string): Promise<string> {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    const box = (doc.getAttribute('viewBox') ?? '').split(/[ ,]+/).map(Number);
    const width = Number.parseFloat(doc.getAttribute('width') ?? '') || box[2] || 1000;
    const height = Number.parseFloat(doc.getAttribute('height') ?? '') || box[3] || 800;
    const image = new Image();
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * 2);
    canvas.height = Math.ceil(height * 2);
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png').substring('data:image/png;base64,'.length);
}

let glspClient: GLSPClient;
/** Told when the server's error is shown (a switch to another diagram waits for its model or this). */
let errorShown: (() => void) | undefined;

/** A server error that leaves no diagram to show: said in the page, in one line, instead of a blank canvas. */
function showError(message: string): void {
    // GLSP's own "Could not process message" comes first when a request fails; the server's reason follows and wins
    if (crmgap.error && message.startsWith('[GLSP-Server]')) {
        return;
    }
    crmgap.error = message;
    crmgap.status = 'error: ' + message;
    let box = document.querySelector<HTMLElement>('.crmgap-error');
    if (!box) {
        box = document.createElement('div');
        box.className = 'crmgap-error';
        box.setAttribute('role', 'alert');
        document.body.appendChild(box);
    }
    box.textContent = message;
    errorShown?.();
}

function clearError(): void {
    crmgap.error = undefined;
    document.querySelector('.crmgap-error')?.remove();
}

async function initialize(connection: MessageConnection, isReconnecting = false): Promise<void> {
    crmgap.status = 'connected';
    glspClient = new BaseJsonrpcGLSPClient({ id: 'crmgap', connectionProvider: connection });
    glspClient.onActionMessage(message => {
        const action = message.action;
        if (MessageAction.is(action) && (action.severity === 'ERROR' || action.severity === 'FATAL')) {
            showError(action.message);
        } else if (MessageAction.is(action) && action.severity === 'NONE' && crmgap.error) {
            // the reason is gone (a deleted diagram brought back by undo)
            clearError();
            crmgap.status = 'loaded';
        }
    });
    const container: Container = initializeDiagramContainer(
        new Container(),
        createDiagramOptionsModule({ clientId, diagramType, glspClientProvider: async () => glspClient, sourceUri: sourceUri(),
            editMode: diagramType === 'gap-model' ? EditMode.READONLY : EditMode.EDITABLE },
        // GLSP stops zooming out at 0.1: "Fit" could not show all of a drawing more than ten screens wide (2,000 nodes)
        { zoomLimits: { min: 0.02, max: 20 } }),
        // GLSP's editing aids: keyboard access (palette, search, move/zoom, shortcut help), helper lines, the grid;
        // the keyboard palette takes the plain palette's place (both have the id "tool-palette"). Without the search for
        // edge crossings, which only line jumps use (we draw none): it swept every edge on every render
        { add: [keyboardModule, helperLineModule, gridModule], remove: [toolPaletteModule, edgeIntersectionModule] },
        gapDiagramModule,
        STANDALONE_MODULE_CONFIG
    );
    const dispatcher = container.get(GLSPActionDispatcher);
    await container.get(DiagramLoader).load({ requestModelOptions: modelOptions(isReconnecting) });
    crmgap.container = container;
    crmgap.dispatcher = dispatcher;
    const root = () => container.get(EditorContextService).modelRoot;
    // counts from the model, not the DOM: nodes outside the viewport are not rendered; the edge tool's dangling
    // edge has the type of the edge being drawn, but it is feedback, not part of the model
    crmgap.count = (typePrefix: string) => Array.from(root().index.all())
        .filter(e => e.type.startsWith(typePrefix) && !e.id.includes('_feedback')).length;
    crmgap.root = root;
    Object.assign(crmgap, viewportFunctions(root, dispatcher));
    crmgap.toggleLayer = (layer: string) => {
        const toggle: ToggleLayerOperation = { kind: 'crmgapToggleLayer', isOperation: true, layer };
        return dispatcher.dispatch(toggle);
    };
    dispatcher.dispatch(SetAccessibleKeyShortcutAction.create({
        token: 'crmgapHelp', keys: [{ shortcuts: ['?'], description: 'Show this list of shortcuts (as Alt+H does in a browser)', group: 'Help', position: 0 }]
    }));
    if (diagramType !== 'gap-model') {
        // listed in the shortcut help (Alt+H, ?) with GLSP's own keys
        dispatcher.dispatch(SetAccessibleKeyShortcutAction.create({
            token: 'crmgapShowElements', keys: [
                { shortcuts: ['SHIFT', 'H'], description: 'Hide the selected elements (they stay in the model)', group: 'Show and hide', position: 0 },
                { shortcuts: ['SHIFT', 'R'], description: 'Show the elements related to the selection', group: 'Show and hide', position: 1 },
                { shortcuts: ['SHIFT', 'A'], description: 'Show every element of this kind of diagram', group: 'Show and hide', position: 2 }]
        }));
    }
    crmgap.showElements = (mode, relations = []) =>
        dispatcher.dispatch(showElements(mode, mode === 'all' ? [] : container.get(SelectionService).getSelectedElementIDs(), relations));
    const svg = async () => (await dispatcher.request(RequestExportSvgAction.create())).svg;
    crmgap.svg = svg;
    // the workbench's Browser function writes the file; in a plain browser the data is only returned
    crmgap.exportSvg = async () => {
        const text = await svg();
        window.crmgapHostExport?.('svg', text);
        return text;
    };
    crmgap.exportPng = async () => {
        const png = await toPng(await svg());
        window.crmgapHostExport?.('png', png);
        return png;
    };
    // the workbench hosts the page in an SWT Browser with these functions (absent in a plain browser)
    container.get(SelectionService).onSelectionChanged(() =>
        window.crmgapHostSelect?.(JSON.stringify(container.get(SelectionService).getSelectedElementIDs())));
    crmgap.deleteSelection = () => {
        const ids = container.get(SelectionService).getSelectedElementIDs();
        return ids.length ? dispatcher.dispatch(DeleteElementOperation.create(ids)) : Promise.resolve();
    };
    crmgap.selectAll = () => dispatcher.dispatch(SelectAllAction.create(true));
    crmgap.select = (ids: string[]) => dispatcher.dispatch(SelectAction.setSelection(ids));
    crmgap.showDiagram = async (id: string) => {
        const shown = diagramId;
        crmgap.status = 'switching';
        clearError();
        diagramId = id;
        // the server answers with the new model, or says why not (showError) and leaves the page on the diagram it shows
        const failed = new Promise<undefined>(resolve => (errorShown = () => resolve(undefined)));
        const request = RequestModelAction.create({ options: { sourceUri: sourceUri(), diagramType, ...modelOptions(false) } });
        const answer = await Promise.race([dispatcher.requestUntil(request, SWITCH_TIMEOUT_MS, true), failed]).finally(() => (errorShown = undefined));
        if (!answer) {
            diagramId = shown;
            return;
        }
        // a reload, or a reconnect after the server restarts, opens this diagram too
        const address = new URL(window.location.href);
        address.searchParams.set('diagram', id);
        history.replaceState(null, '', address);
        await dispatcher.dispatch(answer);
        await crmgap.home!();
        crmgap.status = 'loaded';
    };
    if (!isReconnecting) {
        overlay(dispatcher);
        if (diagramType !== 'gap-model') {
            acceptDrops(() => crmgap.root!(), () => crmgap.dispatcher!);
        }
        // open on the top left of the diagram at full size, labels readable ("Fit" shows all of it); a laid-out
        // diagram can lie entirely outside the initial viewport (scroll 0,0), and the page would show an empty canvas
        await crmgap.home!();
        keysToDiagram();
    }
    if (!crmgap.error) {
        crmgap.status = 'loaded';
    }
}

let keysListened = false;

/**
 * The page's keys go to the diagram when the page gets the keyboard focus (the workbench gives it when the diagram's tab is
 * shown) with nothing in it focused: GLSP listens for them on the diagram's svg, and the page's body took them.
 */
function keysToDiagram(): void {
    if (!keysListened) { // once: initialize runs again on each reconnection
        keysListened = true;
        window.addEventListener('focus', focusDiagram);
    }
    if (document.hasFocus()) {
        focusDiagram();
    }
}

function focusDiagram(): void {
    if (!document.activeElement || document.activeElement === document.body) {
        document.querySelector<SVGElement>(`#${clientId} svg.sprotty-graph`)?.focus();
    }
}

new GLSPWebSocketProvider(webSocketUrl).listen({
    onConnection: c => initialize(c).catch(e => { crmgap.status = 'error: ' + e; console.error(e); }),
    onReconnect: c => { glspClient?.stop(); initialize(c, true); },
    logger: console
});
