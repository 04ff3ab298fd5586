/* Public sites: the menu that folds on a phone, and the slideshow of featured covers. Without this script the menu
   stays open and the covers are a plain list. */
(function () {
  'use strict';

  function menu(nav) {
    var button = nav.querySelector('[data-menu-button]');
    var list = document.getElementById(button.getAttribute('aria-controls'));
    if (!list) {
      return;
    }
    nav.classList.add('js-menu');
    button.addEventListener('click', function () {
      button.setAttribute('aria-expanded', button.getAttribute('aria-expanded') === 'true' ? 'false' : 'true');
    });
    nav.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && button.getAttribute('aria-expanded') === 'true' && getComputedStyle(button).display !== 'none') {
        button.setAttribute('aria-expanded', 'false');
        button.focus();
      }
    });
  }

  function slideshow(root) {
    var slides = Array.prototype.slice.call(root.querySelectorAll('.slide'));
    if (slides.length < 2) {
      return;
    }
    var toggle = root.querySelector('[data-slideshow-toggle]');
    var list = root.querySelector('.slides');
    var reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // Stopped by the visitor (the button) or for now (pointer over it, focus inside it): WCAG 2.2.2.
    var stopped = reduced;
    var held = false;
    var current = 0;
    var timer = null;

    function show(n) {
      current = (n + slides.length) % slides.length;
      slides.forEach(function (slide, i) {
        slide.hidden = i !== current;
      });
    }

    function label() {
      toggle.textContent = stopped ? root.getAttribute('data-play') : root.getAttribute('data-pause');
      toggle.setAttribute('aria-pressed', stopped ? 'true' : 'false');
      // Announce changes only when they come from the visitor, never while it turns on its own.
      list.setAttribute('aria-live', stopped ? 'polite' : 'off');
    }

    function schedule() {
      clearInterval(timer);
      timer = null;
      if (!stopped && !held) {
        timer = setInterval(function () { show(current + 1); }, 6000);
      }
    }

    root.classList.add('js-slides');
    show(0);
    label();
    schedule();
    toggle.addEventListener('click', function () {
      stopped = !stopped;
      label();
      schedule();
    });
    root.querySelector('[data-slideshow-previous]').addEventListener('click', function () { show(current - 1); });
    root.querySelector('[data-slideshow-next]').addEventListener('click', function () { show(current + 1); });
    root.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        show(current + (e.key === 'ArrowLeft' ? -1 : 1));
      }
    });
    ['mouseenter', 'focusin'].forEach(function (type) {
      root.addEventListener(type, function () { held = true; schedule(); });
    });
    root.addEventListener('mouseleave', function () { held = root.contains(document.activeElement); schedule(); });
    root.addEventListener('focusout', function (e) {
      held = root.contains(e.relatedTarget) || root.matches(':hover');
      schedule();
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('.site-nav'), function (nav) {
      if (nav.querySelector('[data-menu-button]')) {
        menu(nav);
      }
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-slideshow]'), slideshow);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
