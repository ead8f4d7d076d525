/* The procedure page's print button: shown only when JavaScript can print (without it, the browser's
   own Print prints the same page, with the print stylesheet's checklist and QR code). */
document.querySelectorAll(".print-button").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
