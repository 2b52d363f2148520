// Progressive enhancement for reading pages. Everything here is optional: without it, links,
// permalinks, arrival highlights (CSS :target) and the script switch all work as plain HTML.
(function () {
  'use strict';

  var body = document.body;
  var words = {
    copy: body.getAttribute('data-ui-copy') || 'Copy link',
    share: body.getAttribute('data-ui-share') || 'Share',
    copied: body.getAttribute('data-ui-copied') || 'Link copied',
    copyFailed: body.getAttribute('data-ui-copy-failed') || 'Could not copy',
  };

  function idFromHash(hash) {
    try {
      return decodeURIComponent(hash.replace(/^#/, ''));
    } catch (error) {
      return '';
    }
  }

  /** Replays the arrival highlight on an element, even when the hash did not change. */
  function highlight(element) {
    // A :target element already runs `arrive`; only clearing the name restarts it.
    element.classList.remove('is-arriving');
    element.style.animationName = 'none';
    void element.offsetWidth;
    element.style.animationName = '';
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

  /** A renamed id lands on its new element, and the address bar shows the new id. */
  function resolveAlias(element) {
    var target = element && element.getAttribute('data-alias-of');
    if (!target) return element;
    history.replaceState(history.state, '', '#' + target);
    var moved = document.getElementById(target);
    if (moved) moved.scrollIntoView();
    return moved;
  }

  function arrive(id, replay) {
    var element = resolveAlias(id && document.getElementById(id));
    if (!element) return;
    if (replay) highlight(element);
    focusTarget(element);
  }

  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (!link) return;
    var id = idFromHash(link.getAttribute('href'));
    // Same hash twice: the browser does not re-fire :target, so replay the highlight ourselves.
    if ('#' + id === location.hash) arrive(id, true);
  });

  window.addEventListener('hashchange', function () {
    arrive(idFromHash(location.hash), false);
  });

  if (location.hash) {
    var initial = document.getElementById(idFromHash(location.hash));
    var landed = resolveAlias(initial);
    if (landed && landed !== initial) highlight(landed);
    if (landed) focusTarget(landed);
  }

  // Copy and share: beside every permalink, announced to screen readers.
  var announcer = document.createElement('div');
  announcer.className = 'visually-hidden';
  announcer.setAttribute('role', 'status');
  announcer.setAttribute('aria-live', 'polite');
  body.appendChild(announcer);

  function announce(message) {
    announcer.textContent = '';
    setTimeout(function () {
      announcer.textContent = message;
    }, 50);
  }

  /** The absolute URL a permalink hands out: a section's share page, else the page with the fragment. */
  function urlOf(link) {
    var sharePath = link.getAttribute('data-share-path');
    if (sharePath) return location.origin + sharePath;
    return location.origin + location.pathname + link.getAttribute('href');
  }

  /** The title a share sheet shows: the section's own when it has one, else the article's. */
  function titleOf(link) {
    var heading = document.querySelector('h1');
    return link.getAttribute('data-share-title') || (heading && heading.textContent) || document.title;
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var field = document.createElement('textarea');
      field.value = text;
      field.setAttribute('readonly', '');
      field.style.position = 'fixed';
      field.style.opacity = '0';
      body.appendChild(field);
      field.select();
      var ok = document.execCommand('copy');
      body.removeChild(field);
      if (ok) resolve();
      else reject(new Error('copy failed'));
    });
  }

  function makeButton(label, className, onClick) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = className;
    button.textContent = label;
    button.addEventListener('click', onClick);
    return button;
  }

  // One toolbar for the whole page, moved beside the permalink the reader points at, focuses or
  // taps: 60+ copies of it would only add work to the page's first layout.
  var HOSTS = '.speakers li, .paragraph, .heading-row';
  var toolbar = document.createElement('div');
  toolbar.className = 'actions';
  var toolbarLink = null;
  toolbar.appendChild(
    makeButton(words.copy, 'copy-link', function () {
      if (!toolbarLink) return;
      copyText(urlOf(toolbarLink)).then(
        function () {
          announce(words.copied);
        },
        function () {
          announce(words.copyFailed);
        },
      );
    }),
  );
  if (typeof navigator.share === 'function') {
    toolbar.appendChild(
      makeButton(words.share, 'share-link', function () {
        if (toolbarLink) navigator.share({ title: titleOf(toolbarLink), url: urlOf(toolbarLink) }).catch(function () {});
      }),
    );
  }

  /** The permalink of a host: a paragraph's or heading's own, or a speaker note's quote link. */
  function linkOf(host) {
    return host.tagName === 'LI' ? host.querySelector('a[href^="#"]') : host.querySelector(':scope > .permalink');
  }

  function placeToolbar(target) {
    var host = target instanceof Element ? target.closest(HOSTS) : null;
    var link = host && linkOf(host);
    if (!link || link === toolbarLink) return;
    toolbarLink = link;
    if (host.tagName === 'LI') host.appendChild(toolbar);
    else link.insertAdjacentElement('afterend', toolbar);
  }

  document.addEventListener('mouseover', function (event) {
    placeToolbar(event.target);
  });
  document.addEventListener('focusin', function (event) {
    placeToolbar(event.target);
  });
  // Whatever had focus, or the pointer, before this script arrived gets its toolbar now.
  var hovered = document.querySelectorAll(':hover');
  if (hovered.length > 0) placeToolbar(hovered[hovered.length - 1]);
  if (document.activeElement && document.activeElement !== body) placeToolbar(document.activeElement);

  // Touch screens have no hover: a tap on a paragraph shows its actions.
  document.addEventListener('click', function (event) {
    if (!(event.target instanceof Element) || event.target.closest('a, button')) return;
    var selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    var paragraph = event.target.closest('.paragraph, .heading-row');
    var shown = document.querySelectorAll('.show-actions');
    for (var k = 0; k < shown.length; k++) if (shown[k] !== paragraph) shown[k].classList.remove('show-actions');
    if (!paragraph) return;
    placeToolbar(paragraph);
    paragraph.classList.toggle('show-actions');
  });

  // The script switch keeps the reader's place in the other script. (Remembering the choice is
  // the inline loader's job: a reader may switch before this script has arrived.)
  var switchLink = document.querySelector('[data-script-switch]');
  if (switchLink) {
    switchLink.addEventListener('click', function () {
      var place = placeInView();
      var base = switchLink.getAttribute('href').split('#')[0];
      switchLink.setAttribute('href', place ? base + '#' + place : base);
    });
  }

  /**
   * The reader's place: the fragment they arrived at while it is still where it landed, else the
   * first paragraph that shows mostly below the sticky header, once they have scrolled.
   */
  function placeInView() {
    var header = document.querySelector('.site-header');
    var covered = header ? header.getBoundingClientRect().bottom : 0;
    var arrived = location.hash && document.getElementById(idFromHash(location.hash));
    if (arrived) {
      var landed = arrived.getBoundingClientRect().top;
      if (landed >= covered - 24 && landed < covered + 120) return arrived.id;
    }
    if (window.scrollY < 40) return null;
    var candidates = document.querySelectorAll('.article-body p[id], .timeline li[id]');
    for (var j = 0; j < candidates.length; j++) {
      var rect = candidates[j].getBoundingClientRect();
      if (rect.bottom <= covered + rect.height / 2) continue;
      return rect.top < window.innerHeight ? candidates[j].id : null;
    }
    return null;
  }

  document.documentElement.setAttribute('data-enhanced', '');
})();
