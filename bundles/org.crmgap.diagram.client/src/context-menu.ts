import {
    Action,
    Anchor,
    BindingContext,
    ContextMenuProviderRegistry,
    GModelElement,
    IActionDispatcher,
    IActionHandler,
    IContextMenuService,
    KeyListener,
    MenuItem,
    TYPES,
    ViewerOptions,
    configureActionHandler,
    isSelected,
    matchesKeystroke
} from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';

/** The server's "Open in tree": the page passes the ids to the workbench, which selects them in its tree. */
export interface RevealInTreeAction extends Action {
    kind: 'crmgapRevealInTree';
    elementIds: string[];
}

@injectable()
export class RevealInTreeHandler implements IActionHandler {
    handle(action: Action): void {
        window.crmgapHostReveal?.(JSON.stringify((action as RevealInTreeAction).elementIds ?? []));
    }
}

/** Items from the server carry `isEnabled` as a boolean (JSON has no functions); client items as a function. */
function enabled(item: MenuItem): boolean {
    const flag: unknown = item.isEnabled;
    if (item.id === 'open-in-tree' && typeof window.crmgapHostReveal !== 'function') {
        return false; // a plain browser has no tree to open
    }
    return typeof flag === 'function' ? Boolean(flag()) : flag !== false;
}

/**
 * GLSP's context-menu service for the standalone page (Theia brings its own): a small HTML menu with one submenu
 * level, run with the mouse or keys (arrows move, Enter or Right opens/runs, Left/Escape close).
 */
@injectable()
export class CrmgapContextMenu implements IContextMenuService {
    @inject(TYPES.IActionDispatcher) protected dispatcher!: IActionDispatcher;

    private menu?: HTMLElement;
    private readonly items = new WeakMap<HTMLElement, MenuItem>();
    private onHide?: () => void;
    private readonly outside = (e: MouseEvent) => {
        if (this.menu && !this.menu.contains(e.target as Node)) {
            this.hide();
        }
    };

    show(items: MenuItem[], anchor: Anchor, onHide?: () => void): void {
        this.hide();
        this.onHide = onHide;
        const menu = this.list(items, 'crmgap-menu');
        menu.setAttribute('aria-label', 'Diagram actions');
        document.body.appendChild(menu);
        const x = Math.min(anchor.x, window.innerWidth - menu.offsetWidth - 4);
        const y = Math.min(anchor.y, window.innerHeight - menu.offsetHeight - 4);
        menu.style.left = `${Math.max(0, x)}px`;
        menu.style.top = `${Math.max(0, y)}px`;
        this.menu = menu;
        // the right-click that opened the menu must not close it
        setTimeout(() => document.addEventListener('mousedown', this.outside, true), 0);
        this.focus(menu, 0);
    }

    hide(): void {
        if (!this.menu) {
            return;
        }
        document.removeEventListener('mousedown', this.outside, true);
        this.menu.remove();
        this.menu = undefined;
        const onHide = this.onHide;
        this.onHide = undefined;
        onHide?.();
    }

    private list(items: MenuItem[], className: string): HTMLElement {
        const list = document.createElement('div');
        list.className = className;
        list.setAttribute('role', 'menu');
        let group: string | undefined;
        items.filter(i => !i.isVisible || i.isVisible()).forEach((item, index) => {
            if (index > 0 && item.group !== group) {
                list.appendChild(Object.assign(document.createElement('div'), { className: 'crmgap-menu-separator', role: 'separator' }));
            }
            group = item.group;
            list.appendChild(this.entry(item));
        });
        list.addEventListener('keydown', e => this.key(list, e));
        return list;
    }

    private entry(item: MenuItem): HTMLElement {
        const entry = document.createElement('div');
        entry.className = 'crmgap-menu-item';
        entry.setAttribute('role', 'menuitem');
        entry.tabIndex = -1;
        entry.dataset.id = item.id;
        entry.appendChild(Object.assign(document.createElement('span'), { className: 'crmgap-menu-label', textContent: item.label }));
        const on = enabled(item);
        if (!on) {
            entry.setAttribute('aria-disabled', 'true');
        }
        if (item.children?.length) {
            entry.setAttribute('aria-haspopup', 'menu');
            entry.classList.add('crmgap-menu-parent');
            const sub = this.list(item.children, 'crmgap-menu crmgap-submenu');
            sub.hidden = true;
            entry.appendChild(sub);
            entry.addEventListener('mouseenter', () => on && this.open(entry));
            entry.addEventListener('mouseleave', () => this.close(entry));
        }
        entry.addEventListener('mouseenter', () => entry.focus());
        entry.addEventListener('click', e => {
            e.stopPropagation();
            this.run(entry, item);
        });
        this.items.set(entry, item);
        return entry;
    }

    private run(entry: HTMLElement, item: MenuItem): void {
        if (entry.getAttribute('aria-disabled') === 'true') {
            return;
        }
        if (item.children?.length) {
            this.open(entry);
            return;
        }
        this.hide();
        this.dispatcher.dispatchAll(item.actions);
    }

    private open(entry: HTMLElement): void {
        const sub = entry.querySelector<HTMLElement>(':scope > .crmgap-submenu');
        if (sub && sub.hidden) {
            sub.hidden = false;
            entry.setAttribute('aria-expanded', 'true');
            this.focus(sub, 0);
        }
    }

    private close(entry: HTMLElement): void {
        const sub = entry.querySelector<HTMLElement>(':scope > .crmgap-submenu');
        if (sub && !sub.hidden) {
            sub.hidden = true;
            entry.setAttribute('aria-expanded', 'false');
        }
    }

    /** The enabled entries of one list (not those of its submenus). */
    private entries(list: HTMLElement): HTMLElement[] {
        return Array.from(list.querySelectorAll<HTMLElement>(':scope > [role=menuitem]:not([aria-disabled=true])'));
    }

    private focus(list: HTMLElement, index: number): void {
        const entries = this.entries(list);
        (entries[(index + entries.length) % Math.max(1, entries.length)] ?? list).focus();
        if (!entries.length) {
            list.tabIndex = -1;
            list.focus();
        }
    }

    private key(list: HTMLElement, e: KeyboardEvent): void {
        e.stopPropagation(); // the diagram's own keys (Delete, arrows) must not act while the menu is open
        const entries = this.entries(list);
        const current = entries.indexOf(document.activeElement as HTMLElement);
        const entry = entries[current];
        const item = entry && this.items.get(entry);
        const parent = list.classList.contains('crmgap-submenu') ? list.parentElement : null;
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            this.focus(list, current + (e.key === 'ArrowDown' ? 1 : -1));
        } else if (e.key === 'Home' || e.key === 'End') {
            this.focus(list, e.key === 'Home' ? 0 : -1);
        } else if ((e.key === 'Enter' || e.key === ' ') && entry && item) {
            this.run(entry, item);
        } else if (e.key === 'ArrowRight' && entry && item?.children?.length) {
            this.open(entry);
        } else if ((e.key === 'ArrowLeft' || e.key === 'Escape') && parent) {
            this.close(parent);
            parent.focus();
        } else if (e.key === 'Escape' || e.key === 'Tab') {
            this.hide();
        } else {
            return;
        }
        e.preventDefault();
    }
}

/** Shift+F10 or the context-menu key opens the menu for the selection, at the first selected element. */
@injectable()
export class ContextMenuKeys extends KeyListener {
    @inject(TYPES.IContextMenuProviderRegistry) protected registry!: ContextMenuProviderRegistry;
    @inject(TYPES.IContextMenuService) protected menu!: IContextMenuService;
    @inject(TYPES.ViewerOptions) protected options!: ViewerOptions;

    override keyDown(element: GModelElement, event: KeyboardEvent): Action[] {
        if (!matchesKeystroke(event, 'F10', 'shift') && !matchesKeystroke(event, 'ContextMenu')) {
            return [];
        }
        event.preventDefault(); // no second, mouse-style opening by the browser
        const selected = Array.from(element.root.index.all()).find(isSelected);
        const svg = (event.target as Element | null)?.closest?.('svg');
        const at = (selected && document.getElementById(`${this.options.baseDiv}_${selected.id}`)) || svg;
        const box = at?.getBoundingClientRect() ?? { x: 0, y: 0, width: 0, height: 0 };
        const anchor = { x: box.x + Math.min(box.width / 2, 40), y: box.y + Math.min(box.height / 2, 20) };
        this.registry.getItems(element.root, anchor).then(
            items => this.menu.show(items, anchor, () => svg?.focus()),
            error => console.error('The context menu could not be opened', error));
        return [];
    }
}

/** Right-click, Shift+F10 or the menu key: the server's menu for the selection in our own HTML menu. */
export function configureContextMenu(context: BindingContext): void {
    context.bind(CrmgapContextMenu).toSelf().inSingletonScope();
    context.bind(TYPES.IContextMenuService).toService(CrmgapContextMenu);
    context.bind(ContextMenuKeys).toSelf().inSingletonScope();
    context.bind(TYPES.KeyListener).toService(ContextMenuKeys);
    configureActionHandler(context, 'crmgapRevealInTree', RevealInTreeHandler);
}
