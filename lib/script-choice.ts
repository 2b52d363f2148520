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
