// Refresh the queue list in place every data-refresh-seconds (QUEUE_REFRESH_SECONDS), and keep the
// title's crisis count and the tab counts true.
(function () {
  "use strict";
  var box = document.getElementById("queue-list");
  if (!box || !window.fetch) { return; }
  var base = document.title.replace(/^\(\d+ crisis\) /, "");
  function apply() {
    var list = box.querySelector(".queue-list");
    if (!list) { return; }
    var crisis = parseInt(list.getAttribute("data-crisis"), 10) || 0;
    document.title = (crisis ? "(" + crisis + " crisis) " : "") + base;
    document.querySelectorAll(".tabs .count").forEach(function (count) {
      var tab = new URL(count.parentNode.href).searchParams.get("tab");
      var value = list.getAttribute("data-count-" + tab);
      if (value !== null) { count.textContent = value; }
    });
  }
  function refresh() {
    fetch(box.getAttribute("data-refresh"), { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) {
        if (response.redirected || !response.ok) { throw new Error("not refreshed"); }
        return response.text();
      })
      .then(function (html) {
        // A keyboard user focused on an item keeps their place: focus the same item's link (or badge) again.
        var active = box.contains(document.activeElement) ? document.activeElement : null;
        var href = active && active.getAttribute("href");
        var id = active && active.id;
        box.innerHTML = html;
        apply();
        var again = (href && box.querySelector('a[href="' + href + '"]')) || (id && document.getElementById(id));
        if (again) { again.focus(); }
      })
      .catch(function () { /* signed out or offline: the next full load will say so */ });
  }
  apply();
  var seconds = parseInt(box.getAttribute("data-refresh-seconds"), 10);
  window.setInterval(refresh, (seconds > 0 ? seconds : 20) * 1000);  // NaN would mean every few ms
})();
