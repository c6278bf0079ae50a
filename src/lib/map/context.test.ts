import type { Layer } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import { FULL_DETAIL } from '$lib/geo/simplify';
import { MapContext } from './context.svelte';

/** Stands in for a deck.gl layer: the context only keeps, orders and hands layers over. */
const fake = (id: string, detail: number) => ({ id, detail }) as unknown as Layer;

describe('MapContext.currentLayers', () => {
	it('hands the export the layers in draw order, rebuilt at full detail when the map shows less', () => {
		const ctx = new MapContext();
		ctx.detail = 0;
		ctx.setLayer('borders', 11, fake('borders', 0), (d) => fake('borders', d));
		ctx.setLayer('fill', 10, fake('fill', 0), (d) => fake('fill', d));
		expect(ctx.currentLayers().map((l) => l.id)).toEqual(['fill', 'borders']);
		expect(ctx.currentLayers().map((l) => (l as unknown as { detail: number }).detail)).toEqual([0, 0]);
		const full = ctx.currentLayers(FULL_DETAIL) as unknown as { id: string; detail: number }[];
		expect(full).toEqual([
			{ id: 'fill', detail: FULL_DETAIL },
			{ id: 'borders', detail: FULL_DETAIL }
		]);
	});

	it('returns the drawn layers themselves when they already are at the detail asked for', () => {
		const ctx = new MapContext();
		const drawn = fake('north', FULL_DETAIL);
		ctx.setLayer('north', 20, drawn, () => fake('north', -1));
		expect(ctx.currentLayers(FULL_DETAIL)[0]).toBe(drawn);
	});
});
