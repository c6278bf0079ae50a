/**
 * The "data sources" line that only the exported image prints. The legend itself is
 * $lib/map/legend, shared with the on-screen legend.
 */
import type { Datasets, LayerName } from '$lib/data/load';

/** Distinct source hosts of the visible layers' features, most cited first: the "data sources" line. */
export function sourceHosts(datasets: Datasets, visible: Record<LayerName, boolean>): string[] {
	const counts = new Map<string, number>();
	for (const name of Object.keys(visible) as LayerName[]) {
		const d = datasets[name];
		if (!visible[name] || !d.ok) continue;
		for (const f of d.data.features)
			for (const s of f.properties.sources) {
				const host = hostOf(s.url);
				if (host) counts.set(host, (counts.get(host) ?? 0) + 1);
			}
	}
	return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([h]) => h);
}

function hostOf(url: string): string | null {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return null;
	}
}
