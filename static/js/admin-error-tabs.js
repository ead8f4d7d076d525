/* The procedure form: open the language tab that holds an error, and the one a link of the error
   summary points to. Enhancement only: without JavaScript every language's field is shown anyway. */
(function ($) {
  if (!$) return;
  function openTabOf(element) {
    var panel = $(element).closest(".ui-tabs-panel");
    if (!panel.length) return;
    var tabs = panel.closest(".ui-tabs");
    tabs.tabs("option", "active", tabs.children(".ui-tabs-panel").index(panel));
  }
  $(function () {
    $(".ui-tabs-panel").has(".errorlist").each(function () {
      var tabs = $(this).closest(".ui-tabs");
      tabs.find("a[href='#" + this.id + "']").parent().addClass("tab-error");
    });
    // The first error of each group of tabs is shown (later errors of the same field stay one click away).
    $(".ui-tabs").each(function () {
      var first = $(this).children(".ui-tabs-panel").has(".errorlist").first();
      if (first.length) openTabOf(first.children().first());
    });
    $(".error-summary a[href^='#']").on("click", function () {
      var target = document.getElementById(this.getAttribute("href").slice(1));
      if (target) { openTabOf(target); target.focus(); }
    });
  });
})(window.django && window.django.jQuery || window.jQuery);
