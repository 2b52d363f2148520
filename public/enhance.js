// Progressive enhancement for reading pages. Everything here is optional: without it, links,
// arrival highlights (CSS :target) and the script switch all work as plain HTML.
(function () {
  'use strict';

  /** Replays the arrival highlight on an element, even when the hash did not change. */
  function highlight(element) {
    element.classList.remove('is-arriving');
    void element.offsetWidth; // restart the CSS animation
    element.classList.add('is-arriving');
    element.addEventListener('animationend', function done() {
      element.classList.remove('is-arriving');
      element.removeEventListener('animationend', done);
    });
  }

  /** Moves keyboard and screen-reader focus to the arrival target without scrolling again. */
  function focusTarget(element) {
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus({ preventScroll: true });
  }

  function arrive(id) {
    var element = id && document.getElementById(id);
    if (!element) return;
    highlight(element);
    focusTarget(element);
  }

  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (!link) return;
    var id = decodeURIComponent(link.getAttribute('href').slice(1));
    // Same hash twice: the browser does not re-fire :target, so replay the highlight ourselves.
    if ('#' + id === location.hash) arrive(id);
  });

  window.addEventListener('hashchange', function () {
    arrive(decodeURIComponent(location.hash.slice(1)));
  });

  if (location.hash) {
    var initial = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (initial) focusTarget(initial);
  }

  // The script switch: remember the choice, and keep the reader's place in the other script.
  var switchLink = document.querySelector('[data-script-switch]');
  if (switchLink) {
    switchLink.addEventListener('click', function () {
      var target = switchLink.getAttribute('hreflang') === 'zh-Hans' ? 'zh-hans' : 'zh-hant';
      try {
        localStorage.setItem('zh-script', target);
      } catch (error) {
        /* storage may be disabled; the link still works */
      }
      var place = location.hash.slice(1) || sectionInView();
      if (place) switchLink.setAttribute('href', switchLink.getAttribute('href').split('#')[0] + '#' + place);
    });
  }

  /** The id of the section (or paragraph) at the top of the viewport, if any. */
  function sectionInView() {
    var candidates = document.querySelectorAll('.article-body p[id], .article-body section[id]');
    var best = null;
    for (var i = 0; i < candidates.length; i++) {
      var rect = candidates[i].getBoundingClientRect();
      if (rect.bottom > 0 && candidates[i].tagName === 'P') {
        best = candidates[i].id;
        break;
      }
    }
    return window.scrollY > 0 ? best : null;
  }
})();
