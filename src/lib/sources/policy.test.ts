import { describe, expect, it } from 'vitest';
import { classifyUrl, publisherOf, type SourceClass } from './policy';

/*
 * Fixtures: URLs of each kind the data has cited (the copies are the ones the December 2026 audit
 * found in geodata/), and the class the policy must give them. A host that slips from `copy` to an
 * original class, or a publisher renamed to a host name, fails here by name.
 */
const CASES: [url: string, cls: SourceClass | null, publisher?: string][] = [
	// originals
	['https://en.wikipedia.org/wiki/Simferopol', 'encyclopedia', 'Wikipedia (en)'],
	['https://ru.wikipedia.org/?oldid=100361938', 'encyclopedia', 'Wikipedia (ru)'],
	['https://sco.m.wikipedia.org/wiki/Aktobe_Region', 'encyclopedia', 'Wikipedia (sco)'],
	['https://www.stat.gov.kz/en/', 'agency', 'Bureau of National Statistics of Kazakhstan'],
	['https://en.kremlin.ru/d/50843', 'agency', 'President of Russia (Kremlin)'],
	['https://ar2021.kmg.kz/en', 'company', 'KazMunayGas'],
	['https://www.cpc.ru/en/about/', 'company', 'Caspian Pipeline Consortium'],
	['https://in.reuters.com/article/x', 'news', 'Reuters'],
	['https://kz.kursiv.media/en/2022-01-19/csto-peacekeepers-leave-kazakhstan', 'news', 'Kursiv'],
	['https://en.inform.kz/news/x', 'news', 'Kazinform'],
	['https://www.gem.wiki/Ekibastuz_GRES-1_power_station', 'research', 'Global Energy Monitor'],
	[
		'https://github.com/wri/global-power-plant-database/blob/x/Kazakhstan.csv',
		'research',
		'World Resources Institute'
	],
	// attributed only
	['https://tass.com/defense/1384873', 'state-media', 'TASS'],
	['https://eng.belta.by/politics/view/x', 'state-media', 'BelTA'],
	['https://www.rt.com/russia/x', 'propaganda', 'RT'],
	['https://en.news-front.info/x', 'propaganda', 'News Front'],
	// copies the audit found cited
	['https://it.wiki7.org/wiki/Kazakhstan', 'copy'],
	['https://perceptiode.com/x', 'copy'],
	['https://perceptionl.com/x', 'copy'],
	['https://arc.ask3.ru/arc/aa/de/b9', 'copy'],
	['https://s.gtool.pro/https/it.wikipedia.org/wiki/ISO_3166-2:KZ', 'copy'],
	['https://mdsite.deno.dev/https:/dic.academic.ru/x', 'copy'],
	['https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/Almaty.html', 'copy'],
	['https://kiwix.haohe.fun/x', 'copy'],
	['https://wiki-gateway.eudic.net/wikipedia_en/Almaty_Airport.html', 'copy'],
	['https://wikimili.com/en/x', 'copy'],
	['https://www.wikiwand.com/en/x', 'copy'],
	['https://worddisk.com/wiki/Astana/', 'copy'],
	['https://piglix.com/x', 'copy'],
	['https://wiki.riteme.site/x', 'copy'],
	['https://de.frwiki.wiki/wiki/Akmola', 'copy'],
	['https://en.wikipedia-on-ipfs.org/wiki/x', 'copy'],
	['https://pledgetimes.com/x', 'copy'],
	['https://europediplomatic.com/x', 'copy'],
	['https://polskatimes.pl/x', 'copy'],
	['https://www.laitimes.com/en/x', 'copy'],
	['https://ittiloot.com/x', 'copy'],
	['https://independent.ng/x', 'copy'],
	['https://theglobaleye.it/x', 'copy'],
	['https://assadakah.net/x', 'copy'],
	['https://hyetert.org/x', 'copy'],
	['https://ipeclub.co/x', 'copy'],
	['https://bb-cntv.com/x', 'copy'],
	['https://wildticketasia.com/x', 'copy'],
	['https://www.orexca.com/x', 'copy'],
	['https://dev.sourcewatch.org/index.php/x', 'copy'],
	['https://liquisearch.com/98th_guards_airborne_division', 'copy'],
	['https://yanetdachu.ucoz.es/news/x', 'copy'],
	// spam
	['https://www.germaniumban722.sbs/x', 'spam'],
	['https://hessslslslsls.azureedge.net/x', 'copy'],
	['https://n.global.ssl.fastly.net/x', 'copy'],
	// military.geojson: a legal database, two Kazakh outlets, and the copies its coordinates were read on
	['https://adilet.zan.kz/kaz/docs/Z000000074_', 'agency'],
	['https://mgorod.kz/news/x', 'news', 'Moy Gorod (Atyrau)'],
	['https://zonakz.net/2024/01/09/x', 'news', 'Zona.kz'],
	['http://the-uncensored-wiki.com:20082/articles/s/a/r/Sary_Shagan_1c27.html', 'copy'],
	['https://gpedia.com/fr/Sary_Chagan', 'copy'],
	['https://www.knowpia.com/knowpedia/Priozersk,_Kazakhstan', 'copy'],
	['http://fr.m.wiki.x.io/wiki/Station_radar_de_Balkhash', 'copy'],
	['https://perceptioro.com/x', 'copy'],
	// not classified: the validator asks for a decision
	['https://some-new-blog.example/x', null],
	['https://github.com/someone/scraped-data', null],
	['not a url', null]
];

describe('source policy', () => {
	it.each(CASES)('%s → %s', (url, cls, publisher) => {
		const c = classifyUrl(url);
		expect(c?.class ?? null).toBe(cls);
		if (publisher) expect(publisherOf(url)).toBe(publisher);
	});

	it('a more specific entry wins over its parent domain', () => {
		expect(classifyUrl('https://sourcewatch.org/index.php/x')?.class).toBe('research');
		expect(classifyUrl('https://dev.sourcewatch.org/index.php/x')?.class).toBe('copy');
	});

	it('a look-alike of a classified host is not that host', () => {
		expect(classifyUrl('https://reuters.com.example.net/x')).toBeNull();
		expect(classifyUrl('https://notreuters.com/x')).toBeNull();
		expect(classifyUrl('https://en.wikipedia.org.evil.example/x')).toBeNull();
	});

	it('an unclassified host reads as its host name', () => {
		expect(publisherOf('https://www.some-new-blog.example/x')).toBe('some-new-blog.example');
	});
});
