package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/dateline-news/dateline/internal/sharedtest"
)

// envScreenshots names the directory TestBrowser writes its screenshots
// to; without it they go to a temporary directory, so that a test run
// leaves the repository as it was. The README's come from
//
//	DATELINE_SCREENSHOTS=$PWD/docs/screenshots go test ./internal/cli -run TestBrowser
const envScreenshots = "DATELINE_SCREENSHOTS"

// browserTimeout bounds the whole browser session.
const browserTimeout = 60 * time.Second

// TestBrowser is the end-to-end test of the web UI: it ingests the seeds
// and the examples, runs dateline serve on a free loopback port and
// drives a headless Chromium through it as a reader would — search,
// a person, a story, a document, at desktop and phone width, by
// keyboard — asserting on the rendered DOM, and takes screenshots.
func TestBrowser(t *testing.T) {
	exe := findBrowser(t)
	seeds := sharedtest.Dir(t, "seeds")
	texts, err := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if err != nil || len(texts) == 0 {
		t.Skipf("no seed texts in %s", seeds)
	}
	shots := os.Getenv(envScreenshots)
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}

	db := filepath.Join(t.TempDir(), "web.db")
	args := append([]string{"--db", db, "ingest"}, texts...)
	if _, stderr, code := run(t, append(args, filepath.Join("..", "..", "examples"))...); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}

	ctx, cancel := context.WithTimeout(context.Background(), browserTimeout)
	defer cancel()
	base := serve(t, ctx, db)
	ctx = browser(t, ctx, exe)
	b := &session{t: t, ctx: ctx, base: base, shots: shots}

	// The keyboard: Tab from the top of the home page reaches the search
	// box (after the skip link, the name and the menu), and typing a query
	// and Enter searches.
	b.do(chromedp.EmulateViewport(1000, 800), chromedp.Navigate(base+"/"))
	focused := ""
	for range 8 {
		b.do(chromedp.KeyEvent("\t"))
		if focused = b.eval(`document.activeElement.id`); focused == "site-q" {
			break
		}
	}
	if focused != "site-q" {
		t.Fatalf("8 Tabs from the top of / do not reach the search box (focus on %q)", focused)
	}
	b.follow(chromedp.KeyEvent("Aleppo\r"))

	// Search: passages with the word marked, and the outlets that carried them.
	if !strings.Contains(b.eval(`location.search`), "q=Aleppo") {
		t.Fatalf("the search box did not search: at %s", b.eval(`location.href`))
	}
	marks := b.all("ol.results mark")
	if len(marks) < 5 {
		t.Errorf("search Aleppo: %d highlights, want 5 or more", len(marks))
	}
	for _, m := range marks {
		if !strings.EqualFold(m, "Aleppo") {
			t.Errorf("search Aleppo: highlighted %q", m)
		}
	}
	wantSome(t, "search Aleppo: provenance", b.all("ol.results > li > p.meta"), "first by theguardian.com")
	b.shoot("search")

	// Phone width: every page fits a 390-pixel screen without scrolling
	// sideways (checked on each page below as well).
	b.fitsPhone("search-phone")

	// John Kerry's page, reached from the home page's list of people: his
	// quotes, with the outlets that carried them.
	b.do(chromedp.Navigate(base + "/"))
	b.follow(chromedp.Click(`//section[@aria-labelledby="people"]//a[text()="John Kerry"]`))
	if h := b.text("h1"); h != "John Kerry" {
		t.Fatalf("entity page heading %q, want John Kerry", h)
	}
	quotes := b.all("ol.results blockquote")
	if len(quotes) < 5 {
		t.Errorf("John Kerry: %d quotes shown, want 5 or more", len(quotes))
	}
	wantSome(t, "John Kerry's quotes", quotes, "inexcusable and indiscriminate")
	wantSome(t, "John Kerry's quotes: outlets", b.all("ol.results p.meta"), "theguardian.com")
	if len(b.all("svg.chart rect")) == 0 {
		t.Error("John Kerry: no chart of when he was quoted")
	}
	b.shoot("entity")
	b.fitsPhone("")

	// The latest story, from the home page: its posts from two outlets in
	// a timeline, and a briefing citing numbered sources that link to
	// their documents.
	b.do(chromedp.Navigate(base + "/"))
	b.follow(chromedp.Click(`(//section[@aria-labelledby="latest"]//li/a)[1]`))
	if !strings.HasPrefix(b.eval(`location.pathname`), "/stories/") {
		t.Fatalf("story link led to %s", b.eval(`location.href`))
	}
	if n := len(b.all("ol.timeline > li")); n < 2 {
		t.Errorf("story: %d posts in its timeline, want 2 or more", n)
	}
	wantSome(t, "story: outlets", b.all("dl.facts dd"), "WNA, themeridian.example")
	if len(b.all(`sup a[href^="#src-"]`)) == 0 {
		t.Error("story: the briefing cites no sources")
	}
	wantSome(t, "story: numbered sources", b.all(`li[id^="src-"]`), "themeridian.example")
	if len(b.all(`li[id^="src-"] a[href^="/documents/"]`)) == 0 {
		t.Error("story: no numbered source links to its document")
	}
	b.shoot("story")
	b.fitsPhone("")

	// The Guardian's article, from the search results: its text with the
	// quotations shaded and the names linked, and its original URL.
	b.do(chromedp.Navigate(base + "/search?q=Aleppo"))
	b.follow(chromedp.Click(`//ol[@class="results"]//h2/a[contains(text(), "smithereens")]`))
	if !strings.HasPrefix(b.eval(`location.pathname`), "/documents/") {
		t.Fatalf("search hit led to %s", b.eval(`location.href`))
	}
	wantSome(t, "document text", b.all("div.text"), "bombed into smithereens")
	wantSome(t, "document quotations", b.all("div.text span.quote"), "bombed into smithereens")
	wantSome(t, "document names", b.all(`div.text a.mention[href^="/entities/"]`), "Kerry")
	if len(b.all(`dl.facts a[href="https://www.theguardian.com/world/2016/oct/31/aleppo-syria-john-kerry-russia-diplomacy"]`)) != 1 {
		t.Error("document: no link to the original URL")
	}
	b.shoot("document")
	b.fitsPhone("")
	t.Logf("screenshots in %s", shots)
}

// findBrowser returns the path of a Chromium or Chrome on PATH, or skips
// the test.
func findBrowser(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no browser: the end-to-end web test needs chromium, chromium-browser or google-chrome on PATH")
	return ""
}

// serve runs dateline serve over db on a free loopback port until the
// test ends and returns its base URL.
func serve(t *testing.T, ctx context.Context, db string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(ctx)
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- Run(ctx, []string{"--db", db, "serve", "--addr", "127.0.0.1:0", "--rate-limit", "0"},
			IO{In: strings.NewReader(""), Out: io.Discard, Err: pw})
		pw.Close()
	}()
	// serve names the address it listens on: "serving on http://ADDR/ …".
	sc := bufio.NewScanner(pr)
	var base string
	for base == "" && sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "serving on "); ok {
			base = strings.TrimSuffix(strings.Fields(rest)[0], "/")
		} else {
			t.Log(sc.Text())
		}
	}
	// the rest (errors serve logs) is read when serve has stopped
	var more strings.Builder
	drained := make(chan struct{})
	go func() {
		for sc.Scan() {
			more.WriteString(sc.Text() + "\n")
		}
		io.Copy(io.Discard, pr)
		close(drained)
	}()
	t.Cleanup(func() {
		cancel()
		code := <-done
		<-drained
		if code != 0 || more.Len() > 0 {
			t.Errorf("serve: exit %d\n%s", code, more.String())
		}
	})
	if base == "" {
		cancel()
		t.Fatalf("serve did not start")
	}
	return base
}

// browser starts a headless browser for the test (ended when it ends) and
// returns the context of its tab.
func browser(t *testing.T, ctx context.Context, exe string) context.Context {
	t.Helper()
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1000, 800),
		// Without these the browser reaches for the network at start and,
		// where there is none, hangs.
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("hide-scrollbars", true),
	)
	tctx, cancelTab := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelTab(); cancelAlloc() })
	return tctx
}

// session is a browser tab on the server under test; its methods fail
// the test when the browser does.
type session struct {
	t     *testing.T
	ctx   context.Context
	base  string
	shots string
}

func (s *session) do(steps ...chromedp.Action[chromedp.Void]) {
	s.t.Helper()
	if err := chromedp.Do(s.ctx, steps...); err != nil {
		s.t.Fatal(err)
	}
}

// follow runs steps that lead to another page (a click, Enter in a form)
// and waits for it, which must answer 200.
func (s *session) follow(steps ...chromedp.Action[chromedp.Void]) {
	s.t.Helper()
	resp, err := chromedp.RunResponse(s.ctx, steps...)
	if err != nil {
		s.t.Fatal(err)
	}
	if resp.Status != 200 {
		s.t.Fatalf("%s: status %d", resp.URL, resp.Status)
	}
}

// eval is the value of a JavaScript expression that gives a string.
func (s *session) eval(expr string) string {
	s.t.Helper()
	v, err := chromedp.Run(s.ctx, chromedp.Evaluate[string](expr))
	if err != nil {
		s.t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// all is the text of every element css selects, as rendered.
func (s *session) all(css string) []string {
	s.t.Helper()
	sel, _ := json.Marshal(css)
	v, err := chromedp.Run(s.ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll(`+string(sel)+`), e => e.innerText)`))
	if err != nil {
		s.t.Fatalf("%s: %v", css, err)
	}
	return v
}

// text is the text of the first element css selects ("" when none).
func (s *session) text(css string) string {
	s.t.Helper()
	if v := s.all(css); len(v) > 0 {
		return v[0]
	}
	return ""
}

// fitsPhone reloads the page at a phone's width (390 CSS pixels), fails
// the test if the page is wider, takes a screenshot named shot unless it
// is "", and goes back to the desktop width.
func (s *session) fitsPhone(shot string) {
	s.t.Helper()
	s.do(chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile), chromedp.Reload())
	if w := s.eval(`String(document.documentElement.scrollWidth)`); w != "390" {
		s.t.Errorf("%s at phone width: the page is %s pixels wide, want 390", s.eval(`location.pathname`), w)
	}
	if shot != "" {
		s.shoot(shot)
	}
	s.do(chromedp.EmulateViewport(1000, 800), chromedp.Reload())
}

// maxShot bounds the height of a screenshot, in CSS pixels: a person's
// page with a hundred quotes is shown by its top.
const maxShot = 2200

// shoot saves a screenshot of the page, its whole width and up to maxShot
// of its height, as name.png.
func (s *session) shoot(name string) {
	s.t.Helper()
	png, err := chromedp.Run(s.ctx, func(ctx context.Context, t *chromedp.Target) ([]byte, error) {
		m, err := cdp.Call(ctx, t, page.GetLayoutMetrics, cdp.Empty{})
		if err != nil {
			return nil, err
		}
		r, err := cdp.Call(ctx, t, page.CaptureScreenshot, page.CaptureScreenshotParams{
			Format:                page.CaptureScreenshotFormatPng,
			CaptureBeyondViewport: new(true),
			Clip:                  &page.Viewport{Width: m.CSSContentSize.Width, Height: min(m.CSSContentSize.Height, maxShot), Scale: 1},
		})
		return r.Data, err
	})
	if err != nil {
		s.t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(s.shots, name+".png"), png, 0o644); err != nil {
		s.t.Fatal(err)
	}
}

// wantSome fails unless one of got contains want.
func wantSome(t *testing.T, what string, got []string, want string) {
	t.Helper()
	for _, g := range got {
		if strings.Contains(g, want) {
			return
		}
	}
	t.Errorf("%s: none of %d has %q", what, len(got), want)
}
