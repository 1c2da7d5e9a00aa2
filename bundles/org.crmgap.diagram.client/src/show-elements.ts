import { Action, GModelElement, KeyListener, Operation, Point, isSelected, matchesKeystroke } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/** The server's show/hide switch (a custom operation of the diagram server, not part of GLSP). */
export interface ShowElementsOperation extends Operation {
    kind: 'crmgapShowElements';
    mode: 'hide' | 'related' | 'all' | 'drop';
    elementIds: string[];
    /** For `related`: only along these edge types (e.g. `edge:serves`); absent or empty: every relation and gap. */
    relations?: string[];
    /** For `drop`: where the elements were dropped, in diagram coordinates. */
    position?: Point;
}

export function showElements(mode: Exclude<ShowElementsOperation['mode'], 'drop'>, elementIds: string[], relations: string[] = []): ShowElementsOperation {
    return { kind: 'crmgapShowElements', isOperation: true, mode, elementIds, relations };
}

/** Model elements dropped on the diagram (from the workbench's Outline), to be shown centred on `position`. */
export function dropElements(elementIds: string[], position: Point): ShowElementsOperation {
    return { kind: 'crmgapShowElements', isOperation: true, mode: 'drop', elementIds, position };
}

/** Shift+H hides the selected elements, Shift+R shows what is related to them, Shift+A shows every element of the kind. */
@injectable()
export class ShowElementsKeys extends KeyListener {
    override keyDown(element: GModelElement, event: KeyboardEvent): Action[] {
        const mode = matchesKeystroke(event, 'KeyH', 'shift') ? 'hide'
            : matchesKeystroke(event, 'KeyR', 'shift') ? 'related'
                : matchesKeystroke(event, 'KeyA', 'shift') ? 'all' : undefined;
        if (!mode) {
            return [];
        }
        const selected = Array.from(element.root.index.all()).filter(isSelected).map(e => e.id);
        return mode !== 'all' && selected.length === 0 ? [] : [showElements(mode, mode === 'all' ? [] : selected)];
    }
}
