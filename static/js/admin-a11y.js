// Accessibility repairs to what the admin's scripts draw (Django's filter boxes, modeltranslation's
// language tabs), applied whenever they draw (tests/browser/test_admin_axe.py). Pages work without it.
(function () {
  "use strict";
  function repair() {
    var languageLabel = document.querySelector("label[for=admin-language]");
    // The "all languages" switch drawn by modeltranslation has no name.
    document.querySelectorAll("select.modeltranslation-switch:not([aria-label])").forEach(function (select) {
      if (languageLabel) select.setAttribute("aria-label", languageLabel.textContent.trim());
    });
    // A tab is one control: its link (jQuery UI found the panel by it) must not be a second one.
    document.querySelectorAll("[role=tab] a[href]").forEach(function (link) {
      link.removeAttribute("href");
      link.setAttribute("role", "presentation");
    });
    // Django's filter boxes name an icon with aria-label on a plain span: make it an image.
    document.querySelectorAll("span.help-tooltip[aria-label]:not([role])").forEach(function (icon) {
      icon.setAttribute("role", "img");
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    repair();
    new MutationObserver(repair).observe(document.body, { childList: true, subtree: true });
  });
  window.addEventListener("load", repair);
})();
