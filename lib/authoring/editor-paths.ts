/** Where the web editor is served: named once, for the build that writes it and the page that loads it. */

/** The public folder of the editor. */
export const EDITOR_PATH = "/admin/";

export const EDITOR_CONFIG_FILE = "config.yml";
