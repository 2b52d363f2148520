import { loadEnhancementOnIntent } from './load-enhancement';
import { rememberScriptSwitches } from './remember-choice';

/** Inline at the end of every page's `<body>`: the one behaviour that cannot wait, and the loader of the rest. */
rememberScriptSwitches();
loadEnhancementOnIntent();
