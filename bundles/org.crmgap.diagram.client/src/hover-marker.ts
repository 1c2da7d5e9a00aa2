/**
 * Marks the node under the mouse with `crmgap-hover`. Sprotty's own `mouseover` class is not set while a creation
 * tool is active, and the edge tool's verdict (allowed or not) is a class on the whole graph; crmgap.css combines the
 * two so the hovered target itself shows the verdict.
 */
export function installHoverMarker(diagramDivId: string): void {
    let current: Element | null = null;
    document.addEventListener('mouseover', event => {
        const node = event.target instanceof Element ? event.target.closest(`#${diagramDivId} g.concept-node`) : null;
        if (node !== current) {
            current?.classList.remove('crmgap-hover');
            node?.classList.add('crmgap-hover');
            current = node;
        }
    });
}
