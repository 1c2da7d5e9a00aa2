import { createIcon, GModelRoot, ToolPalette } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/**
 * GLSP's tool palette, closed when the page opens so it does not cover the diagram: one button ("Palette", top
 * right) opens and closes it. GLSP's own minimise button starts open and resets the height each time the palette
 * is shown; this one keeps what the user chose.
 */
@injectable()
export class CollapsedToolPalette extends ToolPalette {
    protected open = false;
    protected toggle?: HTMLButtonElement;

    protected override addMinimizePaletteButton(): void {
        const base = document.getElementById(this.options.baseDiv);
        this.containerElement.classList.add('collapsible-palette');
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
