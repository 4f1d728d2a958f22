/* Small enhancements; every page works without them. */
(function () {
  "use strict";
  function focusSummary() {
    // An error summary is where a keyboard or screen-reader user should start.
    var summary = document.getElementById("error-summary");
    if (summary) { summary.focus(); }
  }
  document.addEventListener("DOMContentLoaded", focusSummary);
  document.addEventListener("click", function (event) {
    // A link into the preview from the provenance panel, and back: open the panel's entry.
    var link = event.target.closest && event.target.closest(".instrument h3");
    if (!link) { return; }
    var section = link.closest("section.provision");
    var details = section && document.getElementById("why-" + section.id);
    if (details) { details.open = true; details.scrollIntoView({block: "nearest"}); }
  });
  document.addEventListener("click", function (event) {
    // A duty without a sanction links to its provision's panel: open it there.
    var link = event.target.closest && event.target.closest('a[href^="#why-"]');
    var details = link && document.getElementById(link.getAttribute("href").slice(1));
    if (details) { details.open = true; }
  });
}());
