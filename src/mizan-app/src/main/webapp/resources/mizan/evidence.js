/*
 * The evidence uploader refuses a file over the limit before sending a byte of it, and says so under the
 * uploader in the page's language. The limit and the text (with {name} in it) come from the page
 * (#evidenceRefusals). The server refuses such files too; this only spares the user the wait.
 */
window.MizanEvidence = {
    /** PrimeFaces' onAdd: a file goes into the upload queue only through callback. */
    admit: function (file, callback) {
        var refusals = document.getElementById('evidenceRefusals');
        var limit = refusals ? Number(refusals.getAttribute('data-max-bytes')) : 0;
        if (limit > 0 && file.size > limit) {
            MizanEvidence.refuse(refusals, file.name);
            return;
        }
        callback(file);
    },

    refuse: function (refusals, name) {
        var line = document.createElement('div');
        line.className = 'mizan-upload-outcome mizan-upload-refused';
        // The name keeps its own direction inside the sentence (first-strong isolate).
        line.textContent = refusals.getAttribute('data-too-large').replace('{name}', function () {
            return '\u2068' + name + '\u2069';
        });
        refusals.appendChild(line);
    }
};
