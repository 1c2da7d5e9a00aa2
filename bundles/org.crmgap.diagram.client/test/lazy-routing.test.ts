import 'reflect-metadata';
import { GEdge, GGraph, GLabel, GNode, RenderingContext } from '@eclipse-glsp/client';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { outsideView } from '../src/lazy-routing';

const main = { targetKind: 'main' } as RenderingContext;

/** A 1000 x 600 view at zoom 1 showing the diagram from (0, 0), and one edge between two 100 x 40 nodes at x. */
function edgeAt(x: number, label?: string): GEdge {
    const graph = new GGraph();
    graph.id = 'graph';
    graph.canvasBounds = { x: 0, y: 0, width: 1000, height: 600 };
    for (const [id, y] of [['a', 100], ['b', 400]] as const) {
        const node = new GNode();
        node.id = id;
        node.position = { x, y };
        node.size = { width: 100, height: 40 };
        graph.add(node);
    }
    const edge = new GEdge();
    edge.id = 'a-b';
    edge.sourceId = 'a';
    edge.targetId = 'b';
    graph.add(edge);
    if (label) {
        const text = new GLabel();
        text.id = 'a-b-label';
        text.text = label;
        edge.add(text);
    }
    return edge;
}

test('an edge in the view is drawn', () => {
    assert.equal(outsideView(edgeAt(400), main), false);
});

test('an edge far right of the view is culled', () => {
    assert.equal(outsideView(edgeAt(1400), main), true);
});

test('an edge whose long label reaches into the view is drawn', () => {
    // 80 characters, ~550 units wide, centred on the route 200 units right of the view: its left part is in view
    const long = 'Gap 12 Customer relationship expectations against the perceived service delivered';
    assert.equal(outsideView(edgeAt(1200, long), main), false);
    assert.equal(outsideView(edgeAt(1200, 'Gap 5 Customer'), main), true);
});

test('nothing is culled while the hidden pass measures', () => {
    assert.equal(outsideView(edgeAt(5000), { targetKind: 'hidden' } as RenderingContext), false);
});
