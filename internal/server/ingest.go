package server

import (
	"context"
	"crypto/subtle"
	"errors"
	"io"
	"net/http"
	"strings"

	"github.com/dateline-news/dateline/internal/ingest"
	"github.com/dateline-news/dateline/internal/pipeline"
	"github.com/dateline-news/dateline/internal/store"
)

// MaxIngestBytes bounds one POST /api/ingest body.
const MaxIngestBytes = 16 << 20

// IngestFunc stores the documents of a body in the .jsonl record format
// ({"url","title","text","published","outlet"} per line) and says what it
// stored; the errors are those of bad records, the rest being stored.
type IngestFunc func(ctx context.Context, body io.Reader) (IngestResult, error)

// IngestResult is the answer of POST /api/ingest.
type IngestResult struct {
	Documents      int      `json:"documents"`
	KnownDocuments int      `json:"known_documents"`
	Posts          int      `json:"posts"`
	DuplicatePosts int      `json:"duplicate_posts"`
	Passages       int      `json:"passages"`
	Errors         []string `json:"errors"`
}

// ingest answers POST /api/ingest: only with Options.Ingest set, and only
// for a request bearing Options.Token.
func (s *Server) ingest(w http.ResponseWriter, r *http.Request) {
	auth := r.Header.Get("Authorization")
	token, ok := strings.CutPrefix(auth, "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(token), []byte(s.opts.Token)) != 1 {
		w.Header().Set("WWW-Authenticate", `Bearer realm="dateline"`)
		writeError(w, http.StatusUnauthorized, "ingest needs the server's token: Authorization: Bearer TOKEN")
		return
	}
	body := http.MaxBytesReader(w, r.Body, MaxIngestBytes)
	res, err := s.opts.Ingest(r.Context(), body)
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		writeError(w, http.StatusRequestEntityTooLarge, "body over the limit of 16 MiB: send the records in several requests")
		return
	case err != nil:
		s.fail(w, r, err)
		return
	}
	if res.Errors == nil {
		res.Errors = []string{}
	}
	writeJSON(w, http.StatusOK, res)
}

// PipelineIngest is the IngestFunc that runs the ingest pipeline with cfg
// into st, as `dateline ingest` does with a .jsonl file. A body over
// MaxIngestBytes is an error (the records before the cut are stored).
func PipelineIngest(st store.Store, cfg pipeline.Config) IngestFunc {
	return func(ctx context.Context, body io.Reader) (IngestResult, error) {
		sum, err := pipeline.Ingest(ctx, st, []ingest.Input{ingest.ReaderInput("POST /api/ingest.jsonl", body)}, cfg)
		res := IngestResult{Documents: sum.Documents, KnownDocuments: sum.KnownDocuments, Posts: sum.Posts,
			DuplicatePosts: sum.DuplicatePosts, Passages: sum.Passages}
		for _, e := range sum.Errors {
			res.Errors = append(res.Errors, e.Error())
			var tooLarge *http.MaxBytesError
			if errors.As(e, &tooLarge) && err == nil {
				err = e
			}
		}
		return res, err
	}
}
