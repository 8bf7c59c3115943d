// Progressive enhancement only: every page reads without this file.
// The upload page's drop zone fills the ordinary file input, so the form posts as without JS.
(function () {
  var zone = document.getElementById("dropzone");
  var input = document.getElementById("files");
  if (!zone || !input) return;
  ["dragenter", "dragover"].forEach(function (name) {
    zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (name) {
    zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.remove("over"); });
  });
  zone.addEventListener("drop", function (e) {
    if (e.dataTransfer && e.dataTransfer.files.length) {
      input.files = e.dataTransfer.files;
      var list = zone.querySelector(".chosen") || zone.appendChild(document.createElement("p"));
      list.className = "chosen";
      list.textContent = Array.prototype.map.call(input.files, function (f) { return f.name; }).join(", ");
    }
  });
})();
