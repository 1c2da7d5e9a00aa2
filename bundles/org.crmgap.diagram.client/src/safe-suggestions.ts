import { AutoCompleteWidget, GlspCommandPalette, LabeledAction } from '@eclipse-glsp/client';

/**
 * GLSP's autocomplete lists (element search, Ctrl+F) and sprotty's command palette (Ctrl+Space) put each label into
 * innerHTML, and the labels are element names from the model: a name like `<img onerror=…>` in a model from a
 * colleague would run in the page. Both renderers are replaced by one that builds the same element from text nodes
 * (the typed words still emphasised). They are created with `new` inside GLSP, so the prototypes are patched.
 */
export function renderSuggestion(item: LabeledAction, typed: string, renderIcon: (element: HTMLElement, icon: string) => void): HTMLDivElement {
    const element = document.createElement('div');
    if (item.icon) {
        renderIcon(element, item.icon);
    }
    const label = document.createElement('span');
    label.style.whiteSpace = 'pre';
    const words = typed.split(' ').filter(w => w.length > 0).map(w => w.replace(/[.?*+^$[\]\\(){}|-]/g, '\\$&'));
    let last = 0;
    if (words.length > 0) {
        for (const match of item.label.matchAll(new RegExp(words.join('|'), 'gi'))) {
            label.appendChild(document.createTextNode(item.label.slice(last, match.index)));
            const em = document.createElement('em');
            em.textContent = match[0];
            label.appendChild(em);
            last = (match.index ?? 0) + match[0].length;
        }
    }
    label.appendChild(document.createTextNode(item.label.slice(last)));
    element.appendChild(label);
    return element;
}

type Renderer = { renderIcon(element: HTMLElement, icon: string): void };

export function installSafeSuggestions(): void {
    const widget = AutoCompleteWidget.prototype as unknown as Record<string, unknown>;
    widget.renderSuggestions = function (this: Renderer, item: LabeledAction, value: string) {
        return renderSuggestion(item, value, (e, icon) => this.renderIcon(e, icon));
    };
    const palette = GlspCommandPalette.prototype as unknown as Record<string, unknown>;
    palette.renderLabeledActionSuggestion = function (this: Renderer, item: LabeledAction, value: string) {
        return renderSuggestion(item, value, (e, icon) => this.renderIcon(e, icon));
    };
}
