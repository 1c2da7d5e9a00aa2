/** @jsx svg */
import {
    Action, Args, ArgsAware, EditorContextService, EmptyView, GEdge, GLSPActionDispatcher, GNode, GPort, IDiagramStartup, IView,
    IViewArgs, RenderingContext, ShapeView, TYPES, configureModelElement, svg
} from '@eclipse-glsp/client';
import { inject, injectable, interfaces } from 'inversify';
import { VNode } from 'snabbdom';
import { ArrowEdgeView } from './views';
import './figure.css';

/** The gap-model figure's element types (the server's FigureTypes) and its views: drawn from the node's args. */

function text(args: Args | undefined, key: string): string {
    const value = args?.[key];
    return typeof value === 'string' ? value : '';
}

/** Lines of text from the top left of a tag, the first (the gap kind) in bold. */
function lines(values: string[], x: number, y: number, step: number): VNode[] {
    return values.map((line, i) => <text class={{ 'tag-title': i === 0, 'tag-value': i > 0 }} x={x} y={y + i * step}>{line}</text>);
}

@injectable()
export class FigureBandView extends ShapeView {
    render(node: Readonly<GNode & ArgsAware>, _context: RenderingContext, _args?: IViewArgs): VNode {
        const h = node.size.height;
        return (
            <g class-figure-band={true}>
                <rect class-band-fill={true} x='0' y='0' width={node.size.width} height={h} />
                <rect class-band-strip={true} x='0' y='0' width='30' height={h} />
                <text class-band-label={true} transform={`translate(20,${h / 2}) rotate(-90)`}>{text(node.args, 'label')}</text>
            </g>
        );
    }
}

@injectable()
export class FigureDividerView extends ShapeView {
    render(node: Readonly<GNode>, _context: RenderingContext, _args?: IViewArgs): VNode {
        const y = node.size.height / 2;
        return (
            <g class-figure-divider={true}>
                <line x1='30' y1={y} x2={node.size.width} y2={y} />
                <text class-side={true} x='40' y={y - 7}>CUSTOMER</text>
                <text class-side={true} x='40' y={y + 17}>COMPANY</text>
            </g>
        );
    }
}

/** A box: its title (one line per \n), then what stands behind it; the parts of delivery inside. */
@injectable()
export class FigureBoxView extends ShapeView {
    render(node: Readonly<GNode & ArgsAware>, context: RenderingContext, _args?: IViewArgs): VNode {
        const part = node.type === 'node:figure-part';
        const title = text(node.args, 'title').split('\n');
        const all = [...title, text(node.args, 'detail')];
        const top = part ? 24 : 26;
        const step = part ? 20 : 19;
        return (
            <g class-figure-box={!part} class-figure-part={part}>
                <rect class-frame={true} x='0' y='0' rx='6' ry='6' width={node.size.width} height={node.size.height} />
                {all.map((line, i) =>
                    <text class={{ title: i < title.length, detail: i >= title.length }} x='12' y={top + i * step}>{line}</text>)}
                {context.renderChildren(node)}
            </g>
        );
    }
}

/** The open actions on the tag's gaps as a numbered badge at its top right corner, in the error colour when one is overdue. */
function actionsBadge(node: Readonly<GNode & ArgsAware>): VNode | undefined {
    const open = Number(node.args?.openActions ?? 0);
    if (!open) {
        return undefined;
    }
    const overdue = Number(node.args?.overdueActions ?? 0) > 0;
    return (
        <g class-actions-badge={true} class-overdue={overdue} transform={`translate(${node.size.width - 14}, 14)`}>
            <title>{text(node.args, 'actions')}</title>
            <circle r='10' cx='0' cy='0' />
            <text x='0' y='4'>{String(open)}</text>
        </g>
    );
}

/** The label of a gap arrow: title, value with n and severity, p, change since the wave before, open actions. */
@injectable()
export class FigureTagView extends ShapeView {
    render(node: Readonly<GNode & ArgsAware>, _context: RenderingContext, _args?: IViewArgs): VNode {
        return (
            <g class-figure-tag={true}>
                <title>{text(node.args, 'tooltip')}</title>
                <rect class-frame={true} x='0' y='0' rx='4' ry='4' width={node.size.width} height={node.size.height} />
                {lines(text(node.args, 'lines').split('\n'), 8, 16, 15)}
                {actionsBadge(node)}
            </g>
        );
    }
}

/** A gap arrow with its tooltip (hovering the arrow tells the same as its tag). */
@injectable()
export class FigureGapEdgeView extends ArrowEdgeView {
    protected override renderAdditionals(edge: GEdge, segments: { x: number; y: number }[], context: RenderingContext): VNode[] {
        const tooltip = text((edge as GEdge & ArgsAware).args, 'tooltip');
        return [...super.renderAdditionals(edge, segments, context), <title>{tooltip}</title>];
    }
}

/** The server's segment switch of the figure (a custom action of the diagram server). */
interface SelectSegmentAction extends Action {
    kind: 'crmgapFigureSegment';
    segment: string;
}

/** The segment selector above the figure ("all" by default): the choices are the root's `segments` arg. */
@injectable()
export class FigureSegmentSelector implements IDiagramStartup {
    @inject(GLSPActionDispatcher) protected dispatcher!: GLSPActionDispatcher;
    @inject(EditorContextService) protected editorContext!: EditorContextService;

    postModelInitialization(): void {
        document.querySelector('.crmgap-figure-segment')?.remove(); // a reconnect starts a new container
        const args = (this.editorContext.modelRoot as unknown as ArgsAware).args;
        const box = document.createElement('label');
        box.className = 'crmgap-figure-segment';
        box.textContent = 'Segment ';
        const select = document.createElement('select');
        select.add(new Option('all', ''));
        text(args, 'segments').split('\n').filter(line => line.includes('=')).forEach(line => {
            const at = line.indexOf('=');
            select.add(new Option(line.substring(at + 1), line.substring(0, at)));
        });
        select.value = text(args, 'segment');
        select.addEventListener('change', () => {
            const action: SelectSegmentAction = { kind: 'crmgapFigureSegment', segment: select.value };
            this.dispatcher.dispatch(action);
        });
        box.appendChild(select);
        document.body.appendChild(box);
    }
}

interface BindingContext {
    bind: interfaces.Bind;
    isBound: interfaces.IsBound;
}

/** Registers the figure's types; the page of the figure is read-only, so its toolbar shows no layout or layers. */
export function configureFigure(context: BindingContext, diagramType: string): void {
    configureModelElement(context, 'node:figure-band', GNode, FigureBandView);
    configureModelElement(context, 'node:figure-divider', GNode, FigureDividerView);
    configureModelElement(context, 'node:figure-box', GNode, FigureBoxView);
    configureModelElement(context, 'node:figure-part', GNode, FigureBoxView);
    configureModelElement(context, 'node:figure-tag', GNode, FigureTagView);
    configureModelElement(context, 'port:figure', GPort, EmptyView as interfaces.Newable<IView>);
    configureModelElement(context, 'edge:figure-gap', GEdge, FigureGapEdgeView);
    configureModelElement(context, 'edge:figure-flow', GEdge, ArrowEdgeView);
    document.body.classList.add('crmgap-kind-' + diagramType);
    if (diagramType === 'gap-model') {
        context.bind(FigureSegmentSelector).toSelf().inSingletonScope();
        context.bind(TYPES.IDiagramStartup).toService(FigureSegmentSelector);
    }
}
