import { Action, GModelElement, KeyListener, KeyShortcutUIExtension, SetUIExtensionVisibilityAction } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/**
 * "?" opens GLSP's shortcut help too: in the workbench, Alt+H is the Help menu's mnemonic, which GTK takes before the
 * page sees the key.
 */
@injectable()
export class ShortcutHelpKey extends KeyListener {
    override keyDown(_element: GModelElement, event: KeyboardEvent): Action[] {
        return event.key === '?' && !event.ctrlKey && !event.altKey && !event.metaKey
            ? [SetUIExtensionVisibilityAction.create({ extensionId: KeyShortcutUIExtension.ID, visible: true })]
            : [];
    }
}
