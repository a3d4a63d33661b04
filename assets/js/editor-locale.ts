/*
 * The editor speaks German to every author, whatever the browser's language: Sveltia CMS takes
 * its first UI language from this preference (it otherwise follows the browser). An author who
 * picks another language in the editor's settings keeps it. Imported before the CMS, so that it
 * runs before the CMS starts.
 */
const PREFERENCES = "sveltia-cms.prefs";

if (localStorage.getItem(PREFERENCES) === null) localStorage.setItem(PREFERENCES, JSON.stringify({ locale: "de" }));
