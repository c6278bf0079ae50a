import {
	CompositeLayer,
	type Accessor,
	type AccessorContext,
	type Color,
	type CompositeLayerProps,
	type DefaultProps
} from '@deck.gl/core';
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import { dotPath } from '$lib/geo/dot';

type _DotLayerProps<D> = {
	data: readonly D[];
	getPosition: Accessor<D, readonly number[]>;
	/** Radius to the middle of the outline, in pixels (as deck.gl's ScatterplotLayer measures it). */
	getRadius?: Accessor<D, number>;
	getFillColor?: Accessor<D, Color>;
	getLineColor?: Accessor<D, Color>;
	/** Outline width in pixels, centred on the radius; 0 for none. */
	getLineWidth?: Accessor<D, number>;
};
export type DotLayerProps<D> = _DotLayerProps<D> & CompositeLayerProps;

const defaultProps: DefaultProps<_DotLayerProps<unknown>> = {
	getPosition: { type: 'accessor', value: (d: unknown) => (d as { position: number[] }).position },
	getRadius: { type: 'accessor', value: 6 },
	getFillColor: { type: 'accessor', value: [0, 0, 0, 255] },
	getLineColor: { type: 'accessor', value: [255, 255, 255, 255] },
	getLineWidth: { type: 'accessor', value: 1 }
};

const call = <D, T>(a: Accessor<D, T>, d: D, info: AccessorContext<D>): T =>
	typeof a === 'function' ? (a as (d: D, info: AccessorContext<D>) => T)(d, info) : a;

/**
 * Above this many markers in one layer, a ScatterplotLayer draws them; at or below, two PathLayers.
 * Chosen by measurement (npm run bench:scale; docs/decisions/markers-as-paths.md): paths cost per
 * vertex every frame and were ×2.6 the bare ScatterplotLayer's frame time at 1,000 points, ×4.1 at
 * 10,000; at the app's own sizes (16 at most per layer) they save a shader program instead.
 */
export const SCATTER_ABOVE = 500;

/**
 * Round markers with an outline, as deck.gl's ScatterplotLayer draws them, made of two PathLayers
 * (outline under fill) for small layers. Why: every deck.gl layer type is its own shader program,
 * and compiling one costs ~0.2 s in software WebGL (SwiftShader, no GPU), on the path to the first
 * frame. The map draws paths anyway (borders, pipelines, airlift), so a few dots drawn as paths add
 * no program. Large layers get the ScatterplotLayer, whose cost per point is far lower. Picking
 * returns the data item either way.
 */
export class DotLayer<D = unknown> extends CompositeLayer<Required<_DotLayerProps<D>> & CompositeLayerProps> {
	static layerName = 'DotLayer';
	static defaultProps = defaultProps;

	renderLayers() {
		const { data, getPosition, getRadius, getFillColor, getLineColor, getLineWidth, updateTriggers } =
			this.props;
		const t = updateTriggers ?? {};
		if (data.length > SCATTER_ABOVE)
			return new ScatterplotLayer<D>(
				this.getSubLayerProps({
					id: 'scatter',
					data,
					getPosition: getPosition as Accessor<D, [number, number]>,
					getRadius,
					radiusUnits: 'pixels',
					stroked: true,
					getFillColor,
					getLineColor,
					getLineWidth,
					lineWidthUnits: 'pixels',
					updateTriggers: {
						getPosition: t.getPosition,
						getRadius: t.getRadius,
						getFillColor: t.getFillColor,
						getLineColor: t.getLineColor,
						getLineWidth: t.getLineWidth
					}
				})
			);
		const getPath = (d: D, info: AccessorContext<D>) => dotPath(call(getPosition, d, info));
		const common = {
			data,
			getPath,
			widthUnits: 'pixels' as const,
			capRounded: true
		};
		return [
			new PathLayer<D>(
				this.getSubLayerProps({
					...common,
					id: 'outline',
					getWidth: (d: D, info: AccessorContext<D>) =>
						2 * call(getRadius, d, info) + call(getLineWidth, d, info),
					// The outline is a disc under the fill, so a translucent fill would show it through:
					// a dot's outline is never more opaque than its fill (a faint dot stays faint).
					getColor: (d: D, info: AccessorContext<D>) => {
						const [r, g, b, a = 255] = call(getLineColor, d, info);
						const fillAlpha = call(getFillColor, d, info)[3] ?? 255;
						return [r, g, b, Math.min(a, fillAlpha)] as Color;
					},
					updateTriggers: {
						getPath: t.getPosition,
						getWidth: [t.getRadius, t.getLineWidth],
						getColor: [t.getLineColor, t.getFillColor]
					}
				})
			),
			new PathLayer<D>(
				this.getSubLayerProps({
					...common,
					id: 'fill',
					getWidth: (d: D, info: AccessorContext<D>) =>
						Math.max(0, 2 * call(getRadius, d, info) - call(getLineWidth, d, info)),
					getColor: (d: D, info: AccessorContext<D>) => call(getFillColor, d, info),
					updateTriggers: {
						getPath: t.getPosition,
						getWidth: [t.getRadius, t.getLineWidth],
						getColor: t.getFillColor
					}
				})
			)
		];
	}
}
