/**
 * The source policy: which hosts may be cited, as what, and by whom they are published.
 *
 * The map is only as trustworthy as its citations. A reader who follows a link must land on the
 * publisher of the figure: a statistics agency, a company, a newspaper on its own domain, Wikipedia on
 * wikipedia.org. Copies of those (Wikipedia mirrors, scrapers, reposts) can vanish, change or inject
 * text, and they hide who said it, so they are never a source. Where a figure could be read only on a
 * copy, the data cites the original page the copy reproduces and records the copy as `via` with the
 * date it was read; the app then says "read via a copy".
 *
 * Every host cited in geodata/ must be classified here: an unknown host fails validation, so a new
 * citation is looked at once, by a person, before it ships. The classes:
 * - `agency`: statistics agencies, governments, ministries, parliaments, intergovernmental bodies.
 * - `company`: a company on its own site, for its own assets, shareholdings and figures.
 * - `news`: a news outlet on its own domain. A newspaper printing a wire story (Reuters in the
 *   National Post) is fine with the wire named in the title. Kazakhstan's state-owned outlets
 *   (Kazinform, Khabar/Qazaq TV) are here too: they are cited for what Kazakh officials announced,
 *   which is what they are the record of.
 * - `encyclopedia`: Wikipedia on *.wikipedia.org, the publisher of what Wikipedia says; the figure
 *   keeps the basis Wikipedia gives for it ("census 2009, as given by Wikipedia"). Encyclopaedia
 *   Britannica on britannica.com likewise (cited for former place names).
 * - `research`: research institutes, think tanks, universities, Global Energy Monitor, Natural Earth.
 * - `state-media`: outlets controlled by the states that sent troops (TASS, RIA, BelTA, ...). Cited
 *   only for what an official said, and the citation says who (`attribution`).
 * - `propaganda`: outlets whose reporting is state messaging (RT, Sputnik, News Front). Cited only
 *   for a claim attributed to the outlet itself (`attribution`), never for a fact.
 * - `copy`: mirrors, scrapers, reposts and travel pages; never a source, only a `via`.
 * - `spam`: pages that are not what they claim (a `.sbs` page titled "South Haven, Kansas" cited for
 *   Crimea); never cited at all, not even as `via`.
 */

export type SourceClass =
	| 'agency'
	| 'company'
	| 'news'
	| 'encyclopedia'
	| 'research'
	| 'state-media'
	| 'propaganda'
	| 'copy'
	| 'spam';

/** Classes that may stand as a figure's `source`. */
export const ORIGINAL_CLASSES: readonly SourceClass[] = [
	'agency',
	'company',
	'news',
	'encyclopedia',
	'research',
	'state-media',
	'propaganda'
];
/** Classes whose citation must say whose words it carries. */
export const ATTRIBUTED_CLASSES: readonly SourceClass[] = ['state-media', 'propaganda'];

export interface HostEntry {
	class: SourceClass;
	/** Who publishes it, as credits and the sources view print it. */
	publisher: string;
}

/**
 * Hosts by registrable name: `www.` and any subdomain match (`ar2021.kmg.kz` is `kmg.kz`), unless
 * a more specific entry exists (`dev.sourcewatch.org` is a copy of `sourcewatch.org`).
 */
export const HOSTS: Readonly<Record<string, HostEntry>> = {
	// agency
	'stat.gov.kz': { class: 'agency', publisher: 'Bureau of National Statistics of Kazakhstan' },
	'gov.kz': { class: 'agency', publisher: 'Government of Kazakhstan' },
	'akorda.kz': { class: 'agency', publisher: 'President of Kazakhstan (Akorda)' },
	'kremlin.ru': { class: 'agency', publisher: 'President of Russia (Kremlin)' },
	'mil.ru': { class: 'agency', publisher: 'Russian Ministry of Defence' },
	'odkb-csto.org': { class: 'agency', publisher: 'CSTO Secretariat' },
	'parliament.uk': { class: 'agency', publisher: 'UK Parliament' },
	'mfa.gov.kz': { class: 'agency', publisher: 'Ministry of Foreign Affairs of Kazakhstan' },
	'iso.org': { class: 'agency', publisher: 'ISO' },
	'uzbekistan.jp': { class: 'agency', publisher: 'Embassy of Uzbekistan in Japan' },
	'adilet.zan.kz': {
		class: 'agency',
		publisher: 'Adilet (legal database of the Ministry of Justice of Kazakhstan)'
	},
	// company
	'kmg.kz': { class: 'company', publisher: 'KazMunayGas' },
	'cpc.ru': { class: 'company', publisher: 'Caspian Pipeline Consortium' },
	'chevron.com': { class: 'company', publisher: 'Chevron' },
	'tengizchevroil.com': { class: 'company', publisher: 'Tengizchevroil' },
	'ncoc.kz': { class: 'company', publisher: 'North Caspian Operating Company' },
	'kpo.kz': { class: 'company', publisher: 'Karachaganak Petroleum Operating' },
	'eni.com': { class: 'company', publisher: 'Eni' },
	'shell.com': { class: 'company', publisher: 'Shell' },
	'lukoil.com': { class: 'company', publisher: 'Lukoil' },
	'lukoil.ru': { class: 'company', publisher: 'Lukoil' },
	'kazatomprom.kz': { class: 'company', publisher: 'Kazatomprom' },
	'cameco.com': { class: 'company', publisher: 'Cameco' },
	'uranium1.com': { class: 'company', publisher: 'Uranium One' },
	'rosatom.ru': { class: 'company', publisher: 'Rosatom' },
	'cnpc.com.cn': { class: 'company', publisher: 'CNPC' },
	'interrao.ru': { class: 'company', publisher: 'Inter RAO' },
	'samruk-energy.kz': { class: 'company', publisher: 'Samruk-Energy' },
	'bsgp.kz': { class: 'company', publisher: 'Beineu–Shymkent Gas Pipeline LLP' },
	'korem.kz': { class: 'company', publisher: 'KOREM (Kazakhstan electricity and capacity market operator)' },
	'ales.kz': { class: 'company', publisher: 'Almaty Power Stations (AlES)' },
	// the Pavlodar refinery's own site, cited for its Kazakh name (search's geodata/names.json)
	'pnhz.kz': { class: 'company', publisher: 'Pavlodar Petrochemical Plant (PNHZ)' },
	// news
	'reuters.com': { class: 'news', publisher: 'Reuters' },
	'nationalpost.com': { class: 'news', publisher: 'National Post' },
	'dailymaverick.co.za': { class: 'news', publisher: 'Daily Maverick' },
	'inform.kz': { class: 'news', publisher: 'Kazinform' },
	'qazinform.com': { class: 'news', publisher: 'Kazinform' },
	'qazaqtv.com': { class: 'news', publisher: 'Qazaq TV' },
	'kursiv.media': { class: 'news', publisher: 'Kursiv' },
	'astanatimes.com': { class: 'news', publisher: 'The Astana Times' },
	'tengrinews.kz': { class: 'news', publisher: 'Tengrinews' },
	'vlast.kz': { class: 'news', publisher: 'Vlast.kz' },
	'adyrna.kz': { class: 'news', publisher: 'Adyrna' },
	'aqparat.info': { class: 'news', publisher: 'Aqparat' },
	'masa.media': { class: 'news', publisher: 'Masa Media' },
	'khabar.kz': { class: 'news', publisher: 'Khabar' },
	'zakon.kz': { class: 'news', publisher: 'Zakon.kz' },
	'kazpravda.kz': { class: 'news', publisher: 'Kazakhstanskaya Pravda' },
	'alataunews.kz': { class: 'news', publisher: 'Alatau News' },
	'tobyl-torgai.kz': { class: 'news', publisher: 'Tobyl-Torgai' },
	'irbistv.kz': { class: 'news', publisher: 'Irbis TV' },
	// Not identified beyond its site (see geodata/README.md); its four timeline figures are unconfirmed.
	'ortcom.kz': { class: 'news', publisher: 'ORTcom' },
	'caspianpost.com': { class: 'news', publisher: 'Caspian Post' },
	'rferl.org': { class: 'news', publisher: 'Radio Free Europe/Radio Liberty' },
	'central.asia-news.com': { class: 'news', publisher: 'Caravanserai (Central Asia News)' },
	'interfax.com': { class: 'news', publisher: 'Interfax' },
	'interfax.ru': { class: 'news', publisher: 'Interfax' },
	'interfax.kz': { class: 'news', publisher: 'Interfax-Kazakhstan' },
	'trend.az': { class: 'news', publisher: 'Trend' },
	'armradio.am': { class: 'news', publisher: 'Public Radio of Armenia' },
	'panorama.am': { class: 'news', publisher: 'Panorama.am' },
	'massispost.com': { class: 'news', publisher: 'Massis Post' },
	'24.kg': { class: 'news', publisher: '24.kg' },
	'kun.uz': { class: 'news', publisher: 'Kun.uz' },
	'asiaplustj.info': { class: 'news', publisher: 'Asia-Plus' },
	'rbc.ua': { class: 'news', publisher: 'RBC-Ukraine' },
	// Ukrainian news agency, on its own domain: cited for Donetsk's Soviet names and their years
	'unian.info': { class: 'news', publisher: 'UNIAN' },
	'rbc.ru': { class: 'news', publisher: 'RBC' },
	'suspilne.media': { class: 'news', publisher: 'Suspilne' },
	'belsat.eu': { class: 'news', publisher: 'Belsat TV' },
	'asianews.it': { class: 'news', publisher: 'AsiaNews' },
	'thediplomat.com': { class: 'news', publisher: 'The Diplomat' },
	'republicworld.com': { class: 'news', publisher: 'Republic World' },
	'themoscowtimes.com': { class: 'news', publisher: 'The Moscow Times' },
	'taipeitimes.com': { class: 'news', publisher: 'Taipei Times' },
	'phnompenhpost.com': { class: 'news', publisher: 'The Phnom Penh Post' },
	'tportal.hr': { class: 'news', publisher: 'tportal.hr' },
	'spacedaily.com': { class: 'news', publisher: 'Space Daily' },
	'nsenergybusiness.com': { class: 'news', publisher: 'NS Energy' },
	'oilandgaseurasia.com': { class: 'news', publisher: 'Oil & Gas Eurasia' },
	'timesca.com': { class: 'news', publisher: 'The Times of Central Asia' },
	'eurasianet.org': { class: 'news', publisher: 'Eurasianet' },
	'bbc.com': { class: 'news', publisher: 'BBC' },
	'bbc.co.uk': { class: 'news', publisher: 'BBC' },
	'aljazeera.com': { class: 'news', publisher: 'Al Jazeera' },
	'apnews.com': { class: 'news', publisher: 'Associated Press' },
	'theguardian.com': { class: 'news', publisher: 'The Guardian' },
	'nytimes.com': { class: 'news', publisher: 'The New York Times' },
	'france24.com': { class: 'news', publisher: 'France 24' },
	'dw.com': { class: 'news', publisher: 'Deutsche Welle' },
	'euronews.com': { class: 'news', publisher: 'Euronews' },
	'kommersant.ru': { class: 'news', publisher: 'Kommersant' },
	'vedomosti.ru': { class: 'news', publisher: 'Vedomosti' },
	'newizv.ru': { class: 'news', publisher: 'Novye Izvestia' },
	'vestikavkaza.ru': { class: 'news', publisher: 'Vestnik Kavkaza' },
	'urdupoint.com': { class: 'news', publisher: 'UrduPoint' },
	'almayadeen.net': { class: 'news', publisher: 'Al Mayadeen' },
	'trtworld.com': { class: 'news', publisher: 'TRT World' },
	'xinhuanet.com': { class: 'state-media', publisher: 'Xinhua' },
	'news.cn': { class: 'state-media', publisher: 'Xinhua' },
	'akipress.com': { class: 'news', publisher: 'AKIpress' },
	'thebulletin.news': { class: 'news', publisher: 'The Conway Bulletin' },
	'bdnews24.com': { class: 'news', publisher: 'bdnews24.com' },
	'euroradio.fm': { class: 'news', publisher: 'Euroradio' },
	'famagusta-gazette.com': { class: 'news', publisher: 'Famagusta Gazette' },
	'neweasterneurope.eu': { class: 'news', publisher: 'New Eastern Europe' },
	'regions.ru': { class: 'news', publisher: 'Regions.ru' },
	'arkansasonline.com': { class: 'news', publisher: 'Arkansas Democrat-Gazette' },
	'cbc.ca': { class: 'news', publisher: 'CBC News' },
	'hurriyetdailynews.com': { class: 'news', publisher: 'Hürriyet Daily News' },
	'naturalgasworld.com': { class: 'news', publisher: 'Natural Gas World' },
	'primapress.it': { class: 'news', publisher: 'Primapress' },
	'thehindu.com': { class: 'news', publisher: 'The Hindu' },
	'washingtonpost.com': { class: 'news', publisher: 'The Washington Post' },
	'baigenews.kz': { class: 'news', publisher: 'Baige News' },
	'tjinform.com': { class: 'news', publisher: 'Tajik Inform' },
	'prensa-latina.cu': { class: 'state-media', publisher: 'Prensa Latina' },
	'plenglish.com': { class: 'state-media', publisher: 'Prensa Latina' },
	'people.cn': { class: 'state-media', publisher: 'People’s Daily (Xinhua)' },
	'kaztag.kz': { class: 'news', publisher: 'KazTAG' },
	'kitco.com': { class: 'news', publisher: 'Kitco News (Reuters wire)' },
	'novoeizdanie.com': { class: 'news', publisher: 'Novoe Izdanie' },
	'nsn.fm': { class: 'news', publisher: 'Russian News Service (NSN)' },
	'news24.com': { class: 'news', publisher: 'News24' },
	'panarmenian.net': { class: 'news', publisher: 'PanARMENIAN' },
	'uawire.org': { class: 'news', publisher: 'UAWire' },
	'almaty-akshamy.kz': { class: 'news', publisher: 'Almaty Akshamy' },
	'azattyq.org': { class: 'news', publisher: 'Radio Azattyq (RFE/RL)' },
	'mgorod.kz': { class: 'news', publisher: 'Moy Gorod (Atyrau)' },
	'zonakz.net': { class: 'news', publisher: 'Zona.kz' },
	// Kazakhstan's state newspaper, on its own domain: cited for a Kazakh place name it prints
	'egemen.kz': { class: 'news', publisher: 'Egemen Qazaqstan' },
	// Kazakhstan's national TV channel (state-owned, like Khabar), on its own domain
	'qazaqstan.tv': { class: 'news', publisher: 'Qazaqstan TV' },
	// Turkistan region's newspaper Ońtústik Qazaqstan, on its own domain: cited for a Kazakh mine name
	'okg.kz': { class: 'news', publisher: 'Ońtústik Qazaqstan (Turkistan regional newspaper)' },
	// a Ukrainian news site, on its own domain: cited for a former Russian city name it prints
	'telegraf.ua': { class: 'news', publisher: 'Telegraf (Ukraine)' },
	// encyclopedia: every *.wikipedia.org host (see classifyHost); listed here for its publisher name
	'wikipedia.org': { class: 'encyclopedia', publisher: 'Wikipedia' },
	// an edited encyclopedia on its own site (names of places: search's geodata/names.json)
	'britannica.com': { class: 'encyclopedia', publisher: 'Encyclopaedia Britannica' },
	// research
	'naturalearthdata.com': { class: 'research', publisher: 'Natural Earth' },
	// The geographical database the basemap's cities come from (CC BY 4.0); cited for its Kazakh
	// alternate names of those very records (search's geodata/names.json)
	'geonames.org': { class: 'research', publisher: 'GeoNames' },
	'gem.wiki': { class: 'research', publisher: 'Global Energy Monitor' },
	'globalenergymonitor.org': { class: 'research', publisher: 'Global Energy Monitor' },
	'world-nuclear.org': { class: 'research', publisher: 'World Nuclear Association' },
	'caspianbarrel.org': { class: 'research', publisher: 'Caspian Barrel' },
	'lkyspp.nus.edu.sg': { class: 'research', publisher: 'Lee Kuan Yew School of Public Policy' },
	'statoids.com': { class: 'research', publisher: 'Statoids (Gwillim Law)' },
	'sourcewatch.org': { class: 'research', publisher: 'SourceWatch' },
	'ec-info.org': { class: 'research', publisher: 'ec-info (industrial project database)' },
	'globalsecurity.org': { class: 'research', publisher: 'GlobalSecurity.org' },
	'jamestown.org': { class: 'research', publisher: 'The Jamestown Foundation' },
	'daviscenter.fas.harvard.edu': { class: 'research', publisher: 'Davis Center, Harvard University' },
	'theasanforum.org': { class: 'research', publisher: 'The Asan Forum' },
	'nuklearforum.ch': { class: 'research', publisher: 'Nuklearforum Schweiz' },
	'hscentre.org': { class: 'research', publisher: 'Human Security Centre' },
	'iss.europa.eu': { class: 'research', publisher: 'EU Institute for Security Studies' },
	'carnegieendowment.org': { class: 'research', publisher: 'Carnegie Endowment' },
	'iiss.org': { class: 'research', publisher: 'IISS' },
	'crisisgroup.org': { class: 'research', publisher: 'International Crisis Group' },
	'eia.gov': { class: 'agency', publisher: 'US Energy Information Administration' },
	'iea.org': { class: 'agency', publisher: 'International Energy Agency' },
	'github.com/wri': { class: 'research', publisher: 'World Resources Institute' },
	// The Unicode Consortium publishes CLDR (locale data reviewed per language) from this repository.
	'github.com/unicode-org': { class: 'research', publisher: 'Unicode Consortium (CLDR)' },
	// state-media
	'tass.com': { class: 'state-media', publisher: 'TASS' },
	'tass.ru': { class: 'state-media', publisher: 'TASS' },
	'ria.ru': { class: 'state-media', publisher: 'RIA Novosti' },
	'belta.by': { class: 'state-media', publisher: 'BelTA' },
	'tvr.by': { class: 'state-media', publisher: 'Belteleradiocompany (tvr.by)' },
	// propaganda
	'rt.com': { class: 'propaganda', publisher: 'RT' },
	'sputniknews.com': { class: 'propaganda', publisher: 'Sputnik' },
	'news-front.su': { class: 'propaganda', publisher: 'News Front' },
	'news-front.info': { class: 'propaganda', publisher: 'News Front' },
	'pravdareport.com': { class: 'propaganda', publisher: 'Pravda.ru' },
	// copy: Wikipedia mirrors and scrapers
	// (read for names in geodata/names.json, December 2026)
	'pishika.ru': { class: 'copy', publisher: 'pishika.ru (copy of Wikipedia text)' },
	'tipsto.live': { class: 'copy', publisher: 'tipsto.live (copy of Wikipedia text)' },
	'travellingsspots4you.blogspot.com': {
		class: 'copy',
		publisher: 'travellingsspots4you blog (copy of Wikipedia text)'
	},
	'thefullwiki.org': { class: 'copy', publisher: 'The Full Wiki (Wikipedia mirror)' },
	'reiseweltatlas.de': { class: 'copy', publisher: 'reiseweltatlas.de (copy of German Wikipedia)' },
	'theinfolist.com': { class: 'copy', publisher: 'TheInfoList (Wikipedia mirror)' },
	'hmong.in.th': { class: 'copy', publisher: 'hmong.in.th (Wikipedia mirror)' },
	'stringtranslate.com': { class: 'copy', publisher: 'stringtranslate (machine translation of Wikipedia)' },
	'wikivisually.com': { class: 'copy', publisher: 'WikiVisually (Wikipedia mirror)' },
	'dumps.wikimedia.your.org': { class: 'copy', publisher: 'your.org mirror of Wikimedia dumps' },
	'slovar-vocab.com': { class: 'copy', publisher: 'slovar-vocab (copy of Britannica Concise)' },
	'a.osmarks.net': { class: 'copy', publisher: 'osmarks (Kiwix copy of Wikipedia)' },
	'wiki7.org': { class: 'copy', publisher: 'wiki7 (Wikipedia mirror)' },
	'arc.ask3.ru': { class: 'copy', publisher: 'ask3.ru (Wikipedia mirror)' },
	's.gtool.pro': { class: 'copy', publisher: 'gtool.pro (proxy)' },
	'rp.liu233w.com': { class: 'copy', publisher: 'liu233w (proxy)' },
	'mdsite.deno.dev': { class: 'copy', publisher: 'mdsite (proxy)' },
	'wiki-gateway.eudic.net': { class: 'copy', publisher: 'eudic (Wikipedia mirror)' },
	'wikimili.com': { class: 'copy', publisher: 'WikiMili (Wikipedia mirror)' },
	'wikiwand.com': { class: 'copy', publisher: 'Wikiwand (Wikipedia reader)' },
	'worddisk.com': { class: 'copy', publisher: 'WordDisk (Wikipedia mirror)' },
	'piglix.com': { class: 'copy', publisher: 'Piglix (Wikipedia mirror)' },
	'wiki.riteme.site': { class: 'copy', publisher: 'riteme (Wikipedia mirror)' },
	'siam.wiki': { class: 'copy', publisher: 'siam.wiki (Thai Wikipedia mirror)' },
	'dzen.ru': { class: 'copy', publisher: 'Dzen (Yandex blog platform; a page quoting Wikipedia)' },
	'encycloreader.org': { class: 'copy', publisher: 'EncycloReader (Wikipedia mirror)' },
	'iiab.me': { class: 'copy', publisher: 'Internet-in-a-Box (Wikipedia copy)' },
	'frwiki.wiki': { class: 'copy', publisher: 'frwiki.wiki (machine translation)' },
	'abcdef.wiki': { class: 'copy', publisher: 'abcdef.wiki (machine translation)' },
	'wikipedia-on-ipfs.org': { class: 'copy', publisher: 'Wikipedia on IPFS (snapshot)' },
	'teknopedia.teknokrat.ac.id': { class: 'copy', publisher: 'Teknopedia (Wikipedia mirror)' },
	'osmarks.net': { class: 'copy', publisher: 'osmarks (Wikipedia copy)' },
	'alem.dynip.sapo.pt': { class: 'copy', publisher: 'sapo.pt (Wikipedia copy)' },
	'kihulane.eu': { class: 'copy', publisher: 'kihulane (Wikipedia copy)' },
	'profilpelajar.com': { class: 'copy', publisher: 'profilpelajar (Wikipedia copy)' },
	'jurnalpublikasi.com': { class: 'copy', publisher: 'jurnalpublikasi (Wikipedia copy)' },
	'askwikinow.com': { class: 'copy', publisher: 'askwikinow (Wikipedia copy)' },
	'wiki.li': { class: 'copy', publisher: 'wiki.li (Wikipedia copy)' },
	'wikibrief.org': { class: 'copy', publisher: 'WikiBrief (Wikipedia copy)' },
	'howlingpixel.com': { class: 'copy', publisher: 'Howling Pixel (Wikipedia copy)' },
	'ja-wiki.pages.dev': { class: 'copy', publisher: 'pages.dev (Wikipedia copy)' },
	'jmediawiki.org': { class: 'copy', publisher: 'jmediawiki (Wikipedia copy)' },
	'review.clateway.com': { class: 'copy', publisher: 'clateway (Wikipedia copy)' },
	'friendlywiki.com': { class: 'copy', publisher: 'FriendlyWiki (Wikipedia copy)' },
	'wikipedia.classicistranieri.com': { class: 'copy', publisher: 'classicistranieri (Wikipedia copy)' },
	'nina.az': { class: 'copy', publisher: 'nina.az (Wikipedia copy)' },
	'wikiup.org': { class: 'copy', publisher: 'WikiUp (Wikipedia copy)' },
	'the-uncensored-wiki.com': { class: 'copy', publisher: 'the-uncensored-wiki (Wikipedia copy)' },
	'wikisum.wiki': { class: 'copy', publisher: 'wikisum (Wikipedia copy)' },
	'franco.wiki': { class: 'copy', publisher: 'franco.wiki (Wikipedia copy)' },
	'zxc.wiki': { class: 'copy', publisher: 'zxc.wiki (Wikipedia copy)' },
	'findatwiki.com': { class: 'copy', publisher: 'findatwiki (Wikipedia copy)' },
	'wiki-org.ru': { class: 'copy', publisher: 'wiki-org.ru (Wikipedia copy)' },
	'owiki.org': { class: 'copy', publisher: 'owiki (Wikipedia copy)' },
	'bioreference.net': { class: 'copy', publisher: 'BioReference (Wikipedia copy)' },
	'wn.com': { class: 'copy', publisher: 'WN (Wikipedia text on a news aggregator)' },
	'kids.net.au': { class: 'copy', publisher: 'kids.net.au (Wikipedia copy)' },
	'graphsearch.epfl.ch': { class: 'copy', publisher: 'EPFL Graph Search (Wikipedia text)' },
	'talk.dob.jp': { class: 'copy', publisher: 'dob.jp (Wikipedia mirror)' },
	'encyclopedia.kz': { class: 'copy', publisher: 'Kazakhstan Encyclopedia wiki (Wikipedia copy)' },
	'kidzsearch.com': { class: 'copy', publisher: 'KidzSearch (Wikipedia copy)' },
	'hmong.es': { class: 'copy', publisher: 'hmong.es (Wikipedia mirror)' },
	'primidi.com': { class: 'copy', publisher: 'primidi (Wikipedia copy)' },
	'liquisearch.com': { class: 'copy', publisher: 'LiquiSearch (Wikipedia copy)' },
	// Debian's package pages: libgeonames-common carries GeoNames' per-language names (read for
	// geodata/names.json, December 2026); a copy of GeoNames' data, never the source of it
	'packages.debian.org': { class: 'copy', publisher: 'Debian package (a packaged copy of GeoNames data)' },
	'movatter.jp': { class: 'copy', publisher: 'movatter (proxy)' },
	'fanyv88.com': { class: 'copy', publisher: 'fanyv88 (proxy)' },
	'bluewaveailabs.com': { class: 'copy', publisher: 'bluewaveailabs (copy of a WNA table)' },
	'pisanino.ru': { class: 'copy', publisher: 'pisanino (Wikipedia copy)' },
	'gpedia.com': { class: 'copy', publisher: 'Gpedia (Wikipedia copy)' },
	'knowpia.com': { class: 'copy', publisher: 'Knowpia (Wikipedia copy)' },
	'wiki.x.io': { class: 'copy', publisher: 'wiki.x.io (Wikipedia mirror)' },
	'dev.sourcewatch.org': { class: 'copy', publisher: 'SourceWatch development mirror' },
	'manage.thediplomat.com': { class: 'copy', publisher: 'The Diplomat (CMS host, not the published page)' },
	// copy: reposts, aggregators, forums and travel pages
	'pledgetimes.com': { class: 'copy', publisher: 'Pledge Times (repost site)' },
	'europediplomatic.com': { class: 'copy', publisher: 'Europe Diplomatic (repost site)' },
	'polskatimes.pl': { class: 'copy', publisher: 'polskatimes (repost site)' },
	'laitimes.com': { class: 'copy', publisher: 'Laitimes (repost site)' },
	'ittiloot.com': { class: 'copy', publisher: 'ittiloot (repost site)' },
	'independent.ng': { class: 'copy', publisher: 'Independent Nigeria (TASS reposts)' },
	'theglobaleye.it': { class: 'copy', publisher: 'theglobaleye (repost site)' },
	'bnnbreaking.com': { class: 'copy', publisher: 'BNN (aggregator)' },
	'assadakah.net': { class: 'copy', publisher: 'Assadakah (repost site)' },
	'hyetert.org': { class: 'copy', publisher: 'Hyetert (repost site)' },
	'ipeclub.co': { class: 'copy', publisher: 'ipeclub (repost site)' },
	'bb-cntv.com': { class: 'copy', publisher: 'bb-cntv (repost site)' },
	'pwojczyn.com': { class: 'copy', publisher: 'pwojczyn (repost site)' },
	'marketscreener.com': { class: 'copy', publisher: 'MarketScreener (aggregator)' },
	'oilvoice.com': { class: 'copy', publisher: 'OilVoice (aggregator)' },
	'news.rambler.ru': { class: 'copy', publisher: 'Rambler News (aggregator)' },
	'metalukraine.com': { class: 'copy', publisher: 'metalukraine (repost site)' },
	'ukrenergy.dp.ua': { class: 'copy', publisher: 'ukrenergy (repost site)' },
	'logos-pres.md': { class: 'copy', publisher: 'Logos Press (repost)' },
	'russian.fi': { class: 'copy', publisher: 'russian.fi (forum)' },
	'lucaturilli.net': { class: 'copy', publisher: 'lucaturilli (mirror)' },
	'qazpolit.org': { class: 'copy', publisher: 'qazpolit (anonymous portal)' },
	'wildticketasia.com': { class: 'copy', publisher: 'Wild Ticket Asia (travel site)' },
	'orexca.com': { class: 'copy', publisher: 'Orexca (travel site)' },
	'ucoz.es': { class: 'copy', publisher: 'uCoz (free-hosted repost)' },
	// scrapers serving Wikipedia pages under CDN host names
	'hessslslslsls.azureedge.net': { class: 'copy', publisher: 'azureedge scraper (Wikipedia copy)' },
	'n.global.ssl.fastly.net': { class: 'copy', publisher: 'fastly scraper (Wikipedia copy)' },
	'pinocchiopedia.com': { class: 'copy', publisher: 'Pinocchiopedia (Wikipedia copy)' }
};

/** Copy hosts recognised by shape: whole families of mirrors that rename themselves often. */
const COPY_PATTERNS: readonly { pattern: RegExp; publisher: string }[] = [
	{ pattern: /(^|\.)perceptio[a-z]*\.com$/, publisher: 'perceptio (machine-translated Wikipedia copy)' },
	{ pattern: /(^|\.)kiwix\./, publisher: 'Kiwix copy of Wikipedia' },
	{ pattern: /(^|\.)wiki7\./, publisher: 'wiki7 (Wikipedia mirror)' }
];
/** Top-level domains seen only on spam pages in this project's citations. */
const SPAM_TLDS = ['sbs'];

export interface HostClass extends HostEntry {
	host: string;
}

/** Strips `www.` and, for Wikipedia, the mobile `m.` so both read as one publisher. */
function hostOf(url: string): string | null {
	try {
		return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
	} catch {
		return null;
	}
}

/** Wikipedia's publisher name with its language: "Wikipedia (ru)". */
function wikipedia(host: string): HostEntry | null {
	const m = /^([a-z-]+)(\.m)?\.wikipedia\.org$/.exec(host);
	if (!m) return host === 'wikipedia.org' ? { class: 'encyclopedia', publisher: 'Wikipedia' } : null;
	return { class: 'encyclopedia', publisher: `Wikipedia (${m[1]})` };
}

/**
 * What a URL is under the policy, or null when its host is not classified (which the validator
 * reports, so it gets classified here).
 *
 * @example
 * classifyUrl('https://de.wiki7.org/wiki/X')  //= { host: 'de.wiki7.org', class: 'copy', … }
 * classifyUrl('https://ar2021.kmg.kz/en')     //= { host: 'ar2021.kmg.kz', class: 'company', publisher: 'KazMunayGas' }
 */
export function classifyUrl(url: string): HostClass | null {
	const host = hostOf(url);
	if (!host) return null;
	const wiki = wikipedia(host);
	if (wiki) return { host, ...wiki };
	// github.com is a code host, not a publisher: the repository's owner is.
	if (host === 'github.com') {
		const owner = new URL(url).pathname.split('/')[1] ?? '';
		const entry = HOSTS[`github.com/${owner.toLowerCase()}`];
		return entry ? { host, ...entry } : null;
	}
	for (const { pattern, publisher } of COPY_PATTERNS)
		if (pattern.test(host)) return { host, class: 'copy', publisher };
	if (SPAM_TLDS.includes(host.split('.').pop() ?? ''))
		return { host, class: 'spam', publisher: `${host} (spam page)` };
	// The most specific entry wins: `dev.sourcewatch.org` before `sourcewatch.org`.
	const labels = host.split('.');
	for (let i = 0; i < labels.length - 1; i++) {
		const entry = HOSTS[labels.slice(i).join('.')];
		if (entry) return { host, ...entry };
	}
	return null;
}

/** The publisher a reader sees for a URL; an unclassified host shows as itself. */
export function publisherOf(url: string): string {
	return classifyUrl(url)?.publisher ?? hostOf(url) ?? url;
}

/** What the app says of a figure read on a copy: "read via a copy (WikiMili (Wikipedia mirror), 2026-12-01)". */
export function viaNote(via: { url: string; read: string }): string {
	return `read via a copy (${publisherOf(via.url)}, ${via.read})`;
}

export function isOriginal(c: HostClass | null): boolean {
	return c !== null && ORIGINAL_CLASSES.includes(c.class);
}
