import { Action, createIcon, FocusDomAction, GModelRoot, KeyboardToolPalette, ToolPalette } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/**
 * GLSP's keyboard tool palette (Alt+P focuses it and shows a key per tool), closed when the page opens so it does not cover the diagram: one button ("Palette", top
 * right) opens and closes it. GLSP's own minimise button starts open and resets the height each time the palette
 * is shown; this one keeps what the user chose.
 */
@injectable()
export class CollapsedToolPalette extends KeyboardToolPalette {
    protected open = false;
    protected toggle?: HTMLButtonElement;

    protected override addMinimizePaletteButton(): void {
        const base = document.getElementById(this.options.baseDiv);
        this.containerElement.classList.add('collapsible-palette', 'crmgap-palette');
        const button = document.createElement('button');
        button.className = 'minimize-palette-button crmgap-palette-toggle';
        button.appendChild(createIcon('tools'));
        button.appendChild(document.createTextNode(' Palette'));
        button.onclick = () => {
            this.open = !this.open;
            this.apply();
        };
        this.toggle = button;
        base?.insertBefore(button, base.firstChild);
        this.apply();
    }

    protected override onBeforeShow(container: HTMLElement, root: Readonly<GModelRoot>): void {
        super.onBeforeShow(container, root);
        this.apply();
    }

    // reached from the keyboard (Alt+P): a closed palette opens first
    override handle(action: Action): void {
        if (FocusDomAction.is(action) && action.id === ToolPalette.ID && !this.open) {
            this.open = true;
            this.apply();
        }
        super.handle(action);
    }

    protected override isPaletteMaximized(): boolean {
        return this.open;
    }

    protected apply(): void {
        if (this.containerElement) {
            this.containerElement.style.maxHeight = this.open ? '500px' : '0px';
            this.containerElement.classList.toggle('crmgap-palette-closed', !this.open);
        }
        if (this.toggle) {
            this.toggle.title = this.open ? 'Close the palette' : 'Open the palette: the tools to create elements and relations';
            this.toggle.setAttribute('aria-expanded', String(this.open));
            this.toggle.classList.toggle('open', this.open);
        }
    }
}
