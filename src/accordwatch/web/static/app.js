// accordwatch workbench: the little script it needs (no framework, no remote code).
// A select with data-navigate goes to that path plus its value (the dashboard's agreement picker).
document.addEventListener("DOMContentLoaded", () => {
  for (const select of document.querySelectorAll("select[data-navigate]")) {
    select.addEventListener("change", () => {
      window.location.assign(select.dataset.navigate + encodeURIComponent(select.value));
    });
  }
  // the review form: only the inputs of the chosen action are shown
  const form = document.getElementById("review-form");
  if (form) {
    const show = () => {
      const action = (form.querySelector("input[name=action]:checked") || {}).value;
      const fields = document.getElementById("correct-fields");
      if (fields) fields.hidden = action !== "correct";
      for (const [name, wanted] of [["merge_into", "merge"], ["parts", "split"]]) {
        const input = form.querySelector(`[name=${name}]`);
        if (input) input.closest("label").hidden = action !== wanted;
      }
    };
    form.addEventListener("change", show);
    show();
  }
});
