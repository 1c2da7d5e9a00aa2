import { GLSPActionDispatcher, GModelRoot, SelectAction, getAbsolutePosition } from '@eclipse-glsp/client';
import { dropElements } from './show-elements';

/** What the workbench's Outline puts on a drag as text: one line per model element, `crmgap:element/` and its id URL-encoded. */
const PREFIX = 'crmgap:element/';

/** The model element ids in a drag's text; any other text (a file, a word from another window) gives none. */
export function droppedIds(text: string): string[] {
    return text.split(/\r?\n/).map(l => l.trim()).filter(l => l.startsWith(PREFIX)).flatMap(l => {
        try {
            return [decodeURIComponent(l.substring(PREFIX.length))];
        } catch {
            return []; // a malformed escape: not ours
        }
    });
}

/**
 * Model elements dragged from the Outline onto the diagram: those not shown yet are shown centred where they were
 * dropped (one undoable step on the server), those already shown are selected. The drop target is the whole page, so a
 * drop on the toolbar or the legend is not lost. Registered once: `root` and `dispatcher` give the current connection's,
 * which a reconnection replaces.
 */
export function acceptDrops(root: () => Readonly<GModelRoot>, dispatcher: () => GLSPActionDispatcher): void {
    const ours = (event: DragEvent) => event.dataTransfer?.types.includes('text/plain') ?? false;
    document.addEventListener('dragover', event => {
        if (ours(event)) {
            event.preventDefault(); // without it the browser refuses the drop
            event.dataTransfer!.dropEffect = 'copy';
        }
    });
    document.addEventListener('drop', event => {
        if (!ours(event)) {
            return;
        }
        event.preventDefault(); // the browser would otherwise open the text as a page
        const ids = droppedIds(event.dataTransfer!.getData('text/plain'));
        if (ids.length === 0) {
            return;
        }
        const model = root();
        const shown = ids.filter(id => model.index.getById(id) !== undefined);
        const missing = ids.filter(id => !shown.includes(id));
        if (missing.length > 0) {
            // the pointer in diagram coordinates (the canvas's place in the page, the viewport's zoom and scroll)
            dispatcher().dispatch(dropElements(missing, getAbsolutePosition(model, event)));
        }
        if (shown.length > 0) {
            dispatcher().dispatch(SelectAction.setSelection(shown));
        }
    });
}
