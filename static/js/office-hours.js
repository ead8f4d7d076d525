/* "Open now, until 17:00" or "Closed now" above each office's hours, by the clock in Bujumbura (UTC+2,
   no summer time). Office and procedure pages are the same for everyone and cached for days, so the
   browser works it out. An office's hours are those inside its [data-office-hours] block, or the
   page's when it is about one office. */
(function () {
  function minutes(text) { var p = text.split(":"); return +p[0] * 60 + +p[1]; }
  var now = new Date(Date.now() + 2 * 3600 * 1000);
  var weekday = (now.getUTCDay() + 6) % 7; // Monday is 0, as in the office's hours
  var current = now.getUTCHours() * 60 + now.getUTCMinutes();
  document.querySelectorAll(".open-now").forEach(function (status) {
    var office = status.closest("[data-office-hours]") || document;
    var until = null;
    office.querySelectorAll("tr[data-weekday='" + weekday + "'] [data-opens]").forEach(function (period) {
      if (current >= minutes(period.dataset.opens) && current < minutes(period.dataset.closes)) {
        until = period.dataset.closes;
      }
    });
    status.textContent = until ? status.dataset.open.replace("{closes}", until) : status.dataset.closed;
    status.hidden = false;
  });
})();
