/**
 * The tiny inline script for pages without a script in their path (`/`): it runs in `<head>`
 * before the first paint, so a reader never sees the wrong script flash. The choice is the
 * reader's last switch (localStorage), else the browser's language.
 */

export const SCRIPT_STORAGE_KEY = 'zh-script';

/** Which script a browser language list prefers: zh-CN, zh-SG, zh-Hans → Simplified; other zh → Traditional. */
export function preferredScript(languages: readonly string[]): 'zh-hant' | 'zh-hans' | null {
  for (const language of languages) {
    const tag = language.toLowerCase();
    if (!tag.startsWith('zh')) continue;
    if (/^zh-(?:hans|cn|sg|my)\b/.test(tag) || tag.startsWith('zh-hans')) return 'zh-hans';
    return 'zh-hant';
  }
  return null;
}

/** Source of the inline chooser: same logic as `preferredScript`, kept tiny and dependency-free. */
export function scriptChoiceScript(): string {
  return `(function(){try{var s=localStorage.getItem(${JSON.stringify(SCRIPT_STORAGE_KEY)});if(!s){var l=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||""];for(var i=0;i<l.length;i++){var t=String(l[i]).toLowerCase();if(t.indexOf("zh")!==0)continue;s=/^zh-(hans|cn|sg|my)\\b/.test(t)?"zh-hans":"zh-hant";break}}if(s==="zh-hans"){location.replace("/zh-hans"+location.pathname+location.search+location.hash)}}catch(e){}})();`;
}

/**
 * Source of the inline listener that remembers a reader's switch: on every page, not in the
 * lazily loaded enhance.js, since a reader may switch before that has arrived.
 */
export function rememberChoiceScript(): string {
  return `addEventListener("click",function(e){var a=e.target instanceof Element&&e.target.closest("[data-script-switch]");if(a)try{localStorage.setItem(${JSON.stringify(SCRIPT_STORAGE_KEY)},a.getAttribute("hreflang")==="zh-Hans"?"zh-hans":"zh-hant")}catch(x){}},true);`;
}
