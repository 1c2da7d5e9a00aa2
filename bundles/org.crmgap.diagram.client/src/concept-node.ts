import { Args, GNode, nameFeature } from '@eclipse-glsp/client';

/**
 * A concept's node with its element's full name (the server's `name` argument; the label may show it shortened), so
 * GLSP's element search (Ctrl+F) finds it.
 */
export class ConceptNode extends GNode {
    static override readonly DEFAULT_FEATURES = [...GNode.DEFAULT_FEATURES, nameFeature];
    args?: Args;

    get name(): string {
        const name = this.args?.['name'];
        return typeof name === 'string' ? name : this.id;
    }
}
