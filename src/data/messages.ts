// The library's own words. Everything else on screen comes from the dataset.
// Placeholders are {n}, {total}, {date}, {label}, {value}, {from}, {to}.
//
// English names each message; every other language lists its words in the same order (the
// key is the comment at the end of each line), so that the bundle carries the keys once.

const en = {
  about: 'about {n}',
  nearly: 'nearly {n}',
  over: 'more than {n}',
  upTo: 'up to {n}',
  atLeast: 'at least {n}',
  ofTotal: '{n} of {total}',
  asOf: 'As of {date}',
  source: 'Source',
  sources: 'Sources',
  loading: 'Loading…',
  errorTitle: 'This chart could not be shown',
  updateFailed: 'Update failed; showing data as of {date}',
  showData: 'Show data',
  hideData: 'Hide data',
  downloadCsv: 'Download CSV',
  previousRows: 'Previous rows',
  nextRows: 'Next rows',
  rowRange: 'Rows {from}–{to} of {n}',
  announceNow: '{label}: now {value}',
  othersNotNamed: 'and others not named',
  'status.confirmed': 'Confirmed',
  'status.in-talks': 'In talks',
  'status.supporting': 'Supporting, not deploying',
  'status.declined': 'Declined',
  'map.name': 'Map: {label}',
  'map.summary': 'Countries named: {n}. {counts}.',
  'map.count': '{label}: {n}',
  separator: '; ',
  'map.focus': 'Marked on the map: {label}.',
  'map.colStatus': 'Status',
  'map.colCountry': 'Country',
  'map.caption': 'Countries named, with status, figure, note and source',
  'map.notVisible': 'Not visible on this map: {label}',
  'map.none': 'No contributing countries are listed.',
  'map.topologyFailed': 'The detailed map could not be loaded; this is the standard world map.',
  unitKey: 'Each square is one person',
  keyFaded: 'Faded: exact number not known',
  ownScale: 'Own scale: full bar = {n}',
  total: 'Total: {n}',
  noTotals: 'None of these figures is part of a known total.',
  noEvents: 'None of these figures has dated events.',
  summaryPeriod: 'Dated reports from {from} to {to}.',
  colFigure: 'Figure',
  colSide: 'Side',
  colValue: 'Value',
  colTotal: 'Total',
  colQualifier: 'Qualifier',
  colDate: 'Date',
  colOnDate: 'On that date',
  colCumulative: 'Running total',
  colNote: 'Note',
  'qualifier.exact': 'exact',
  'qualifier.approximate': 'approximate',
  'qualifier.up-to': 'maximum',
  'qualifier.at-least': 'minimum',
  updated: 'Updated {date}',
  stateOn: '{value} on {date}',
  stateSeen: '{value}, seen {date}',
  historyArrow: ' → ',
  updates: 'Updates',
  colHistory: 'History',
  dated: '{date}: {text}',
};

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

/** A language's words, in the order of `en`'s keys. */
type Words = readonly string[];

const ar: Words = [
  'حوالي {n}', // about
  'ما يقرب من {n}', // nearly
  'أكثر من {n}', // over
  'ما يصل إلى {n}', // upTo
  '{n} على الأقل', // atLeast
  '{n} من أصل {total}', // ofTotal
  'البيانات حتى {date}', // asOf
  'المصدر', // source
  'المصادر', // sources
  'جارٍ التحميل…', // loading
  'تعذّر عرض هذا الرسم البياني', // errorTitle
  'تعذّر التحديث؛ البيانات المعروضة حتى {date}', // updateFailed
  'عرض البيانات', // showData
  'إخفاء البيانات', // hideData
  'تنزيل CSV', // downloadCsv
  'الصفوف السابقة', // previousRows
  'الصفوف التالية', // nextRows
  'الصفوف {from}–{to} من {n}', // rowRange
  '{label}: الآن {value}', // announceNow
  'ودول أخرى لم تُذكر أسماؤها', // othersNotNamed
  'مؤكَّد', // status.confirmed
  'قيد المحادثات', // status.in-talks
  'دعم دون انتشار', // status.supporting
  'رفض', // status.declined
  'خريطة: {label}', // map.name
  'الدول المذكورة: {n}. {counts}.', // map.summary
  '{label}: {n}', // map.count
  '؛ ', // separator
  'مُعلَّم على الخريطة: {label}.', // map.focus
  'الحالة', // map.colStatus
  'الدولة', // map.colCountry
  'الدول المذكورة مع الحالة والرقم والملاحظة والمصدر', // map.caption
  'غير ظاهرة على هذه الخريطة: {label}', // map.notVisible
  'لا توجد دول مساهمة مدرجة.', // map.none
  'تعذّر تحميل الخريطة المفصّلة؛ هذه خريطة العالم القياسية.', // map.topologyFailed
  'كل مربع يمثل شخصًا واحدًا', // unitKey
  'الباهت: العدد الدقيق غير معروف', // keyFaded
  'مقياس خاص: الشريط كله = {n}', // ownScale
  'المجموع: {n}', // total
  'لا يندرج أيٌّ من هذه الأرقام ضمن مجموع معروف.', // noTotals
  'لا توجد أحداث مؤرخة لأيٍّ من هذه الأرقام.', // noEvents
  'تقارير مؤرخة من {from} إلى {to}.', // summaryPeriod
  'الرقم', // colFigure
  'الجانب', // colSide
  'القيمة', // colValue
  'المجموع', // colTotal
  'الدقة', // colQualifier
  'التاريخ', // colDate
  'في ذلك التاريخ', // colOnDate
  'المجموع التراكمي', // colCumulative
  'ملاحظة', // colNote
  'دقيق', // qualifier.exact
  'تقريبي', // qualifier.approximate
  'حد أقصى', // qualifier.up-to
  'حد أدنى', // qualifier.at-least
  'حُدِّث في {date}', // updated
  '{value} في {date}', // stateOn
  '{value}، رُصد في {date}', // stateSeen
  ' ← ', // historyArrow
  'التحديثات', // updates
  'السجل', // colHistory
  '{date}: {text}', // dated
];

const he: Words = [
  'כ־{n}', // about
  'כמעט {n}', // nearly
  'יותר מ־{n}', // over
  'עד {n}', // upTo
  'לפחות {n}', // atLeast
  '{n} מתוך {total}', // ofTotal
  'נכון ל־{date}', // asOf
  'מקור', // source
  'מקורות', // sources
  'טוען…', // loading
  'לא ניתן להציג את התרשים', // errorTitle
  'העדכון נכשל; מוצגים נתונים נכון ל־{date}', // updateFailed
  'הצגת הנתונים', // showData
  'הסתרת הנתונים', // hideData
  'הורדת CSV', // downloadCsv
  'השורות הקודמות', // previousRows
  'השורות הבאות', // nextRows
  'שורות {from}–{to} מתוך {n}', // rowRange
  '{label}: כעת {value}', // announceNow
  'ומדינות נוספות שלא צוינו בשמן', // othersNotNamed
  'אושר', // status.confirmed
  'במגעים', // status.in-talks
  'תמיכה ללא פריסה', // status.supporting
  'סירוב', // status.declined
  'מפה: {label}', // map.name
  'מדינות שצוינו: {n}. {counts}.', // map.summary
  '{label}: {n}', // map.count
  '; ', // separator
  'מסומן במפה: {label}.', // map.focus
  'סטטוס', // map.colStatus
  'מדינה', // map.colCountry
  'המדינות שצוינו, עם סטטוס, נתון, הערה ומקור', // map.caption
  'אינן נראות במפה זו: {label}', // map.notVisible
  'לא צוינו מדינות תורמות.', // map.none
  'לא ניתן היה לטעון את המפה המפורטת; זוהי מפת העולם הרגילה.', // map.topologyFailed
  'כל ריבוע מייצג אדם אחד', // unitKey
  'בהיר: המספר המדויק לא ידוע', // keyFaded
  'קנה מידה נפרד: פס מלא = {n}', // ownScale
  'סך הכול: {n}', // total
  'אף אחד מהנתונים האלה אינו חלק מסך כולל ידוע.', // noTotals
  'לאף אחד מהנתונים האלה אין אירועים מתוארכים.', // noEvents
  'דיווחים מתוארכים מ־{from} עד {to}.', // summaryPeriod
  'נתון', // colFigure
  'צד', // colSide
  'ערך', // colValue
  'סך הכול', // colTotal
  'דיוק', // colQualifier
  'תאריך', // colDate
  'באותו תאריך', // colOnDate
  'סך מצטבר', // colCumulative
  'הערה', // colNote
  'מדויק', // qualifier.exact
  'משוער', // qualifier.approximate
  'מרבי', // qualifier.up-to
  'מזערי', // qualifier.at-least
  'עודכן ב־{date}', // updated
  '{value} ב־{date}', // stateOn
  '{value}, נצפה ב־{date}', // stateSeen
  ' ← ', // historyArrow
  'עדכונים', // updates
  'היסטוריה', // colHistory
  '{date}: {text}', // dated
];

const fr: Words = [
  'environ {n}', // about
  'près de {n}', // nearly
  'plus de {n}', // over
  'jusqu’à {n}', // upTo
  'au moins {n}', // atLeast
  '{n} sur {total}', // ofTotal
  'Données au {date}', // asOf
  'Source', // source
  'Sources', // sources
  'Chargement…', // loading
  'Impossible d’afficher ce graphique', // errorTitle
  'Échec de la mise à jour ; données au {date}', // updateFailed
  'Afficher les données', // showData
  'Masquer les données', // hideData
  'Télécharger en CSV', // downloadCsv
  'Lignes précédentes', // previousRows
  'Lignes suivantes', // nextRows
  'Lignes {from} à {to} sur {n}', // rowRange
  '{label} : désormais {value}', // announceNow
  'et d’autres pays non nommés', // othersNotNamed
  'Confirmé', // status.confirmed
  'En discussion', // status.in-talks
  'Soutien sans déploiement', // status.supporting
  'Refus', // status.declined
  'Carte : {label}', // map.name
  'Pays cités : {n}. {counts}.', // map.summary
  '{label} : {n}', // map.count
  ' ; ', // separator
  'Repère sur la carte : {label}.', // map.focus
  'Statut', // map.colStatus
  'Pays', // map.colCountry
  'Pays cités, avec statut, chiffre, note et source', // map.caption
  'Non visibles sur cette carte : {label}', // map.notVisible
  'Aucun pays contributeur n’est cité.', // map.none
  'La carte détaillée n’a pas pu être chargée ; voici la carte du monde standard.', // map.topologyFailed
  'Chaque carré représente une personne', // unitKey
  'Estompé : nombre exact inconnu', // keyFaded
  'Échelle propre : barre entière = {n}', // ownScale
  'Total : {n}', // total
  'Aucun de ces chiffres ne fait partie d’un total connu.', // noTotals
  'Aucun de ces chiffres n’a d’événements datés.', // noEvents
  'Rapports datés du {from} au {to}.', // summaryPeriod
  'Chiffre', // colFigure
  'Partie', // colSide
  'Valeur', // colValue
  'Total', // colTotal
  'Précision', // colQualifier
  'Date', // colDate
  'Ce jour-là', // colOnDate
  'Total cumulé', // colCumulative
  'Note', // colNote
  'exact', // qualifier.exact
  'approximatif', // qualifier.approximate
  'maximum', // qualifier.up-to
  'minimum', // qualifier.at-least
  'Mis à jour le {date}', // updated
  '{value} le {date}', // stateOn
  '{value}, vu le {date}', // stateSeen
  ' → ', // historyArrow
  'Mises à jour', // updates
  'Historique', // colHistory
  '{date} : {text}', // dated
];

const de: Words = [
  'etwa {n}', // about
  'fast {n}', // nearly
  'mehr als {n}', // over
  'bis zu {n}', // upTo
  'mindestens {n}', // atLeast
  '{n} von {total}', // ofTotal
  'Stand: {date}', // asOf
  'Quelle', // source
  'Quellen', // sources
  'Wird geladen…', // loading
  'Diese Grafik kann nicht angezeigt werden', // errorTitle
  'Aktualisierung fehlgeschlagen; Daten mit Stand {date}', // updateFailed
  'Daten anzeigen', // showData
  'Daten ausblenden', // hideData
  'Als CSV herunterladen', // downloadCsv
  'Vorherige Zeilen', // previousRows
  'Nächste Zeilen', // nextRows
  'Zeilen {from}–{to} von {n}', // rowRange
  '{label}: jetzt {value}', // announceNow
  'und weitere, nicht genannte Länder', // othersNotNamed
  'Bestätigt', // status.confirmed
  'In Gesprächen', // status.in-talks
  'Unterstützung ohne Einsatz', // status.supporting
  'Abgelehnt', // status.declined
  'Karte: {label}', // map.name
  'Genannte Länder: {n}. {counts}.', // map.summary
  '{label}: {n}', // map.count
  '; ', // separator
  'Auf der Karte markiert: {label}.', // map.focus
  'Status', // map.colStatus
  'Land', // map.colCountry
  'Genannte Länder mit Status, Zahl, Anmerkung und Quelle', // map.caption
  'Auf dieser Karte nicht sichtbar: {label}', // map.notVisible
  'Es sind keine beitragenden Länder aufgeführt.', // map.none
  'Die detaillierte Karte konnte nicht geladen werden; dies ist die Standard-Weltkarte.', // map.topologyFailed
  'Jedes Quadrat steht für eine Person', // unitKey
  'Blass: genaue Zahl unbekannt', // keyFaded
  'Eigene Skala: ganzer Balken = {n}', // ownScale
  'Gesamt: {n}', // total
  'Keine dieser Zahlen ist Teil einer bekannten Gesamtzahl.', // noTotals
  'Zu keiner dieser Zahlen gibt es datierte Ereignisse.', // noEvents
  'Datierte Berichte vom {from} bis {to}.', // summaryPeriod
  'Zahl', // colFigure
  'Seite', // colSide
  'Wert', // colValue
  'Gesamt', // colTotal
  'Genauigkeit', // colQualifier
  'Datum', // colDate
  'An diesem Tag', // colOnDate
  'Laufende Summe', // colCumulative
  'Anmerkung', // colNote
  'genau', // qualifier.exact
  'ungefähr', // qualifier.approximate
  'Höchstwert', // qualifier.up-to
  'Mindestwert', // qualifier.at-least
  'Aktualisiert am {date}', // updated
  '{value} am {date}', // stateOn
  '{value}, gesehen am {date}', // stateSeen
  ' → ', // historyArrow
  'Aktualisierungen', // updates
  'Verlauf', // colHistory
  '{date}: {text}', // dated
];

const es: Words = [
  'alrededor de {n}', // about
  'casi {n}', // nearly
  'más de {n}', // over
  'hasta {n}', // upTo
  'al menos {n}', // atLeast
  '{n} de {total}', // ofTotal
  'Datos a {date}', // asOf
  'Fuente', // source
  'Fuentes', // sources
  'Cargando…', // loading
  'No se puede mostrar este gráfico', // errorTitle
  'Error al actualizar; datos a {date}', // updateFailed
  'Mostrar datos', // showData
  'Ocultar datos', // hideData
  'Descargar CSV', // downloadCsv
  'Filas anteriores', // previousRows
  'Filas siguientes', // nextRows
  'Filas {from}–{to} de {n}', // rowRange
  '{label}: ahora {value}', // announceNow
  'y otros países no nombrados', // othersNotNamed
  'Confirmado', // status.confirmed
  'En conversaciones', // status.in-talks
  'Apoyo sin despliegue', // status.supporting
  'Rechazado', // status.declined
  'Mapa: {label}', // map.name
  'Países mencionados: {n}. {counts}.', // map.summary
  '{label}: {n}', // map.count
  '; ', // separator
  'Marcado en el mapa: {label}.', // map.focus
  'Situación', // map.colStatus
  'País', // map.colCountry
  'Países mencionados, con situación, cifra, nota y fuente', // map.caption
  'No visibles en este mapa: {label}', // map.notVisible
  'No figura ningún país contribuyente.', // map.none
  'No se pudo cargar el mapa detallado; este es el mapa mundial estándar.', // map.topologyFailed
  'Cada cuadrado representa a una persona', // unitKey
  'Atenuado: cifra exacta desconocida', // keyFaded
  'Escala propia: barra entera = {n}', // ownScale
  'Total: {n}', // total
  'Ninguna de estas cifras forma parte de un total conocido.', // noTotals
  'Ninguna de estas cifras tiene eventos fechados.', // noEvents
  'Informes fechados del {from} al {to}.', // summaryPeriod
  'Cifra', // colFigure
  'Parte', // colSide
  'Valor', // colValue
  'Total', // colTotal
  'Precisión', // colQualifier
  'Fecha', // colDate
  'Ese día', // colOnDate
  'Total acumulado', // colCumulative
  'Nota', // colNote
  'exacta', // qualifier.exact
  'aproximada', // qualifier.approximate
  'máximo', // qualifier.up-to
  'mínimo', // qualifier.at-least
  'Actualizado el {date}', // updated
  '{value} el {date}', // stateOn
  '{value}, visto el {date}', // stateSeen
  ' → ', // historyArrow
  'Actualizaciones', // updates
  'Historial', // colHistory
  '{date}: {text}', // dated
];

const id: Words = [
  'sekitar {n}', // about
  'hampir {n}', // nearly
  'lebih dari {n}', // over
  'hingga {n}', // upTo
  'setidaknya {n}', // atLeast
  '{n} dari {total}', // ofTotal
  'Per {date}', // asOf
  'Sumber', // source
  'Sumber', // sources
  'Memuat…', // loading
  'Bagan ini tidak dapat ditampilkan', // errorTitle
  'Pembaruan gagal; menampilkan data per {date}', // updateFailed
  'Tampilkan data', // showData
  'Sembunyikan data', // hideData
  'Unduh CSV', // downloadCsv
  'Baris sebelumnya', // previousRows
  'Baris berikutnya', // nextRows
  'Baris {from}–{to} dari {n}', // rowRange
  '{label}: kini {value}', // announceNow
  'dan negara lain yang tidak disebutkan', // othersNotNamed
  'Dikonfirmasi', // status.confirmed
  'Dalam pembicaraan', // status.in-talks
  'Mendukung tanpa penempatan', // status.supporting
  'Menolak', // status.declined
  'Peta: {label}', // map.name
  'Negara yang disebut: {n}. {counts}.', // map.summary
  '{label}: {n}', // map.count
  '; ', // separator
  'Ditandai di peta: {label}.', // map.focus
  'Status', // map.colStatus
  'Negara', // map.colCountry
  'Negara yang disebut, dengan status, angka, catatan, dan sumber', // map.caption
  'Tidak terlihat di peta ini: {label}', // map.notVisible
  'Tidak ada negara kontributor yang tercantum.', // map.none
  'Peta terperinci tidak dapat dimuat; ini peta dunia standar.', // map.topologyFailed
  'Setiap kotak mewakili satu orang', // unitKey
  'Pudar: jumlah pasti tidak diketahui', // keyFaded
  'Skala tersendiri: batang penuh = {n}', // ownScale
  'Total: {n}', // total
  'Tidak satu pun angka ini merupakan bagian dari total yang diketahui.', // noTotals
  'Tidak satu pun angka ini memiliki peristiwa bertanggal.', // noEvents
  'Laporan bertanggal dari {from} hingga {to}.', // summaryPeriod
  'Angka', // colFigure
  'Pihak', // colSide
  'Nilai', // colValue
  'Total', // colTotal
  'Ketelitian', // colQualifier
  'Tanggal', // colDate
  'Pada tanggal itu', // colOnDate
  'Total berjalan', // colCumulative
  'Catatan', // colNote
  'tepat', // qualifier.exact
  'perkiraan', // qualifier.approximate
  'maksimum', // qualifier.up-to
  'minimum', // qualifier.at-least
  'Diperbarui {date}', // updated
  '{value} pada {date}', // stateOn
  '{value}, terlihat {date}', // stateSeen
  ' → ', // historyArrow
  'Pembaruan', // updates
  'Riwayat', // colHistory
  '{date}: {text}', // dated
];

const KEYS = Object.keys(en) as MessageKey[];
const named = (words: Words): Messages => Object.fromEntries(KEYS.map((key, i) => [key, words[i]])) as Messages;

/** The library's words per base language. */
export const MESSAGES: Readonly<Record<string, Messages>> = { en, ar: named(ar), he: named(he), fr: named(fr), de: named(de), es: named(es), id: named(id) };

/** The words for a locale: its base language when we have it, else English. */
export function messagesFor(locale: string): Messages {
  const base = locale.toLowerCase().split('-')[0];
  // "iw" and "in" are the old tags for Hebrew and Indonesian, still sent by some systems.
  return MESSAGES[base] ?? MESSAGES[{ iw: 'he', in: 'id' }[base] ?? ''] ?? en;
}

/** One message in a locale, with its placeholders filled. */
export function message(locale: string, key: MessageKey, params: Record<string, string> = {}): string {
  return messagesFor(locale)[key].replace(/\{(\w+)\}/g, (all, name: string) => params[name] ?? all);
}
