package cli

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/domain"
	"github.com/dateline-news/dateline/internal/store"
	"github.com/dateline-news/dateline/internal/store/sqlite"
)

// searchDB returns a database holding two documents: a live blog of four
// paragraphs about the harbour, and an article about the embassy.
func searchDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "search.db")
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	blog := searchDoc("d-blog", "Live: harbour storm",
		"The harbour wall held overnight, the minister said.",
		"F.B.I. agents joined the harbour inquiry.",
		"The harbour master counted the damage.",
		"Boats left the harbour at dawn.")
	article := searchDoc("d-article", "Embassy protest",
		"The minister wants demonstrations outside the embassy.")
	if _, err := s.Save(context.Background(), store.Batch{Docs: []domain.Document{blog, article}}); err != nil {
		t.Fatal(err)
	}
	return db
}

// searchDoc makes a document of one post whose passages are paras.
func searchDoc(id, headline string, paras ...string) domain.Document {
	p := domain.Post{ID: "p-" + id, DocID: id, Headline: headline}
	for i, para := range paras {
		if i > 0 {
			p.Text += "\n\n"
		}
		sp := domain.Span{Start: len(p.Text), End: len(p.Text) + len(para)}
		p.Text += para
		p.Paragraphs = append(p.Paragraphs, sp)
		p.Passages = append(p.Passages, domain.PassageRef{ID: fmt.Sprintf("pa-%s-%d", id, i), Start: sp.Start, End: sp.End, Paragraph: true})
	}
	return domain.Document{ID: id, Source: id + ".txt", Outlet: "a.example", Kind: domain.KindArticle, Format: "txt",
		Published: time.Date(2016, 10, 10, 0, 0, 0, 0, time.UTC), Posts: []domain.Post{p}}
}

func TestSearchCommandLine(t *testing.T) {
	db := searchDB(t)
	tests := []struct {
		args      []string
		code      int
		want      []string // in stdout, or stderr when the code is not 0
		wantNot   []string
		wantCount int // hits, when the code is 0
	}{
		// a query may start with an exclusion, with or without --
		{args: []string{"-embassy", "minister"}, want: []string{"[minister] said"}, wantNot: []string{"embassy"}, wantCount: 1},
		{args: []string{"--", "-embassy", "minister"}, want: []string{"[minister] said"}, wantNot: []string{"embassy"}, wantCount: 1},
		{args: []string{"minister", "--limit", "1", "-embassy"}, wantCount: 1},
		{args: []string{"-embassy"}, code: ExitUsage, want: []string{"only excludes words"}},
		{args: []string{"--", "-embassy"}, code: ExitUsage, want: []string{"only excludes words"}},
		{args: []string{"--nope", "minister"}, code: ExitUsage, want: []string{"unknown flag: --nope"}},
		{args: []string{"--limit"}, code: ExitUsage, want: []string{"needs an argument"}},
		// acronyms: the snippet shows the text as it was
		{args: []string{"FBI"}, want: []string{"[F.B.I.] agents"}, wantCount: 1},
		{args: []string{"f.b.i."}, want: []string{"[F.B.I.] agents"}, wantCount: 1},
		// two passages of a document unless asked
		{args: []string{"harbour"}, wantCount: 2},
		{args: []string{"harbour", "--per-document", "1"}, wantCount: 1},
		{args: []string{"harbour", "--per-document", "0"}, wantCount: 4},
		{args: []string{"harbour", "--per-document=-1"}, code: ExitUsage, want: []string{"--per-document -1"}},
		// queries the store refuses
		{args: []string{`"`}, code: ExitUsage, want: []string{"no words to search for"}},
		{args: []string{strings.Repeat("harbour ", 200)}, code: ExitUsage, want: []string{"at most 1000"}},
		{args: []string{strings.Repeat("harbour ", 60)}, wantCount: 2},
	}
	for _, tt := range tests {
		out, stderr, code := run(t, append([]string{"search", "--db", db}, tt.args...)...)
		name := fmt.Sprintf("search %.60q", tt.args)
		if code != tt.code {
			t.Errorf("%s: exit %d, want %d (stderr %q)", name, code, tt.code, stderr)
			continue
		}
		text := out
		if code != 0 {
			text = stderr
		}
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: output lacks %q:\n%s", name, w, text)
			}
		}
		for _, w := range tt.wantNot {
			if strings.Contains(strings.ToLower(text), w) {
				t.Errorf("%s: output has %q:\n%s", name, w, text)
			}
		}
		if code == 0 {
			if n := strings.Count(out, "\n   carried by"); n != tt.wantCount {
				t.Errorf("%s: %d hits, want %d:\n%s", name, n, tt.wantCount, out)
			}
		}
	}
}

func TestSearchHelp(t *testing.T) {
	for _, args := range [][]string{{"search", "--help"}, {"search", "-h"}, {"help", "search"}} {
		out, stderr, code := run(t, args...)
		if code != 0 || !strings.Contains(out, "-word") || !strings.Contains(out, "--per-document") || !strings.Contains(out, "F.B.I.") {
			t.Errorf("%q: exit %d, stderr %q, help:\n%s", args, code, stderr, out)
		}
	}
}

// TestQuotesAboutNoWords: quotes --about goes through the search query
// parser; a query it refuses is a usage error there too.
func TestQuotesAboutNoWords(t *testing.T) {
	db := searchDB(t)
	for _, about := range []string{`"`, "-embassy", "!!"} {
		_, stderr, code := run(t, "quotes", "--db", db, "--about", about)
		if code != ExitUsage || !strings.Contains(stderr, "bad search query") {
			t.Errorf("quotes --about %q: exit %d, stderr %q; want a usage error", about, code, stderr)
		}
	}
}
