/* ketluan entity pages: draw the entity's graph; on a notice page, point out the span named in the URL hash. */
(function () {
  "use strict";

  var container = document.getElementById("graph");
  if (container && window.KetluanGraph) {
    var view = window.KetluanGraph.create(container, document.getElementById("graph-info"));
    var focus = container.getAttribute("data-focus");
    view.load(focus).catch(function (e) {
      container.textContent = "Không vẽ được đồ thị / could not draw the graph: " + e;
    });
  }

  function markTarget() {
    var old = document.querySelectorAll(".hl.target");
    for (var i = 0; i < old.length; i++) { old[i].classList.remove("target"); }
    var m = /^#s-(\d+)-(\d+)$/.exec(window.location.hash);
    if (!m) { return; }
    var id = m[1] + "-" + m[2];
    var segments = document.querySelectorAll(".hl[data-spans]");
    var first = null;
    for (var j = 0; j < segments.length; j++) {
      if (segments[j].getAttribute("data-spans").split(" ").indexOf(id) >= 0) {
        segments[j].classList.add("target");
        first = first || segments[j];
      }
    }
    if (first) { first.scrollIntoView({ block: "center" }); }
  }
  window.addEventListener("hashchange", markTarget);
  markTarget();
})();
