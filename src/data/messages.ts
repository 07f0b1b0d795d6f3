// The library's own words. Everything else on screen comes from the dataset.
// Placeholders are {n}, {total}, {date}, {label}, {value}.

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
  announceNow: '{label}: now {value}',
  othersNotNamed: 'and others not named',
  'status.confirmed': 'Confirmed',
  'status.in-talks': 'In talks',
  'status.supporting': 'Supporting, not deploying',
  'status.declined': 'Declined',
};

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const ar: Messages = {
  about: 'حوالي {n}',
  nearly: 'ما يقرب من {n}',
  over: 'أكثر من {n}',
  upTo: 'ما يصل إلى {n}',
  atLeast: '{n} على الأقل',
  ofTotal: '{n} من أصل {total}',
  asOf: 'البيانات حتى {date}',
  source: 'المصدر',
  sources: 'المصادر',
  loading: 'جارٍ التحميل…',
  errorTitle: 'تعذّر عرض هذا الرسم البياني',
  updateFailed: 'تعذّر التحديث؛ البيانات المعروضة حتى {date}',
  showData: 'عرض البيانات',
  hideData: 'إخفاء البيانات',
  downloadCsv: 'تنزيل CSV',
  announceNow: '{label}: الآن {value}',
  othersNotNamed: 'ودول أخرى لم تُذكر أسماؤها',
  'status.confirmed': 'مؤكَّد',
  'status.in-talks': 'قيد المحادثات',
  'status.supporting': 'دعم دون انتشار',
  'status.declined': 'رفض',
};

const he: Messages = {
  about: 'כ־{n}',
  nearly: 'כמעט {n}',
  over: 'יותר מ־{n}',
  upTo: 'עד {n}',
  atLeast: 'לפחות {n}',
  ofTotal: '{n} מתוך {total}',
  asOf: 'נכון ל־{date}',
  source: 'מקור',
  sources: 'מקורות',
  loading: 'טוען…',
  errorTitle: 'לא ניתן להציג את התרשים',
  updateFailed: 'העדכון נכשל; מוצגים נתונים נכון ל־{date}',
  showData: 'הצגת הנתונים',
  hideData: 'הסתרת הנתונים',
  downloadCsv: 'הורדת CSV',
  announceNow: '{label}: כעת {value}',
  othersNotNamed: 'ומדינות נוספות שלא צוינו בשמן',
  'status.confirmed': 'אושר',
  'status.in-talks': 'במגעים',
  'status.supporting': 'תמיכה ללא פריסה',
  'status.declined': 'סירוב',
};

const fr: Messages = {
  about: 'environ {n}',
  nearly: 'près de {n}',
  over: 'plus de {n}',
  upTo: 'jusqu’à {n}',
  atLeast: 'au moins {n}',
  ofTotal: '{n} sur {total}',
  asOf: 'Données au {date}',
  source: 'Source',
  sources: 'Sources',
  loading: 'Chargement…',
  errorTitle: 'Impossible d’afficher ce graphique',
  updateFailed: 'Échec de la mise à jour ; données au {date}',
  showData: 'Afficher les données',
  hideData: 'Masquer les données',
  downloadCsv: 'Télécharger en CSV',
  announceNow: '{label} : désormais {value}',
  othersNotNamed: 'et d’autres pays non nommés',
  'status.confirmed': 'Confirmé',
  'status.in-talks': 'En discussion',
  'status.supporting': 'Soutien sans déploiement',
  'status.declined': 'Refus',
};

const de: Messages = {
  about: 'etwa {n}',
  nearly: 'fast {n}',
  over: 'mehr als {n}',
  upTo: 'bis zu {n}',
  atLeast: 'mindestens {n}',
  ofTotal: '{n} von {total}',
  asOf: 'Stand: {date}',
  source: 'Quelle',
  sources: 'Quellen',
  loading: 'Wird geladen…',
  errorTitle: 'Diese Grafik kann nicht angezeigt werden',
  updateFailed: 'Aktualisierung fehlgeschlagen; Daten mit Stand {date}',
  showData: 'Daten anzeigen',
  hideData: 'Daten ausblenden',
  downloadCsv: 'Als CSV herunterladen',
  announceNow: '{label}: jetzt {value}',
  othersNotNamed: 'und weitere, nicht genannte Länder',
  'status.confirmed': 'Bestätigt',
  'status.in-talks': 'In Gesprächen',
  'status.supporting': 'Unterstützung ohne Einsatz',
  'status.declined': 'Abgelehnt',
};

const es: Messages = {
  about: 'alrededor de {n}',
  nearly: 'casi {n}',
  over: 'más de {n}',
  upTo: 'hasta {n}',
  atLeast: 'al menos {n}',
  ofTotal: '{n} de {total}',
  asOf: 'Datos a {date}',
  source: 'Fuente',
  sources: 'Fuentes',
  loading: 'Cargando…',
  errorTitle: 'No se puede mostrar este gráfico',
  updateFailed: 'Error al actualizar; datos a {date}',
  showData: 'Mostrar datos',
  hideData: 'Ocultar datos',
  downloadCsv: 'Descargar CSV',
  announceNow: '{label}: ahora {value}',
  othersNotNamed: 'y otros países no nombrados',
  'status.confirmed': 'Confirmado',
  'status.in-talks': 'En conversaciones',
  'status.supporting': 'Apoyo sin despliegue',
  'status.declined': 'Rechazado',
};

const id: Messages = {
  about: 'sekitar {n}',
  nearly: 'hampir {n}',
  over: 'lebih dari {n}',
  upTo: 'hingga {n}',
  atLeast: 'setidaknya {n}',
  ofTotal: '{n} dari {total}',
  asOf: 'Per {date}',
  source: 'Sumber',
  sources: 'Sumber',
  loading: 'Memuat…',
  errorTitle: 'Bagan ini tidak dapat ditampilkan',
  updateFailed: 'Pembaruan gagal; menampilkan data per {date}',
  showData: 'Tampilkan data',
  hideData: 'Sembunyikan data',
  downloadCsv: 'Unduh CSV',
  announceNow: '{label}: kini {value}',
  othersNotNamed: 'dan negara lain yang tidak disebutkan',
  'status.confirmed': 'Dikonfirmasi',
  'status.in-talks': 'Dalam pembicaraan',
  'status.supporting': 'Mendukung tanpa penempatan',
  'status.declined': 'Menolak',
};

/** The library's words per base language. */
export const MESSAGES: Readonly<Record<string, Messages>> = { en, ar, he, fr, de, es, id };

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
