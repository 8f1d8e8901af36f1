extension ImportRules {
    /// The text of the shipped `content/import-rules.yml`; a test keeps the two identical.
    static let builtinYAML = #"""
# Rules for `sitegen import`: how it tells page furniture from the article.
#
# Raw articles copied from news sites carry share buttons, comment forms, cookie banners and
# copyright footers. The importer drops every line these rules match and lists each one, with
# its line number, in the import report, so a rule that is too broad shows at once.
#
# Matching ignores letter case and the spaces at both ends of a line.
#   lines:      the whole line is one of these.
#   prefixes:   the line starts with one of these.
#   patterns:   the whole line has this shape: `*` stands for any text (or none), `#` for a number.
#   cut_from:   this line and everything after it go, when it comes in the second half of
#               the text (comment forms and "related" link lists end an article).
#   debris:     text removed wherever it appears inside a line (scraping leftovers); a sentence
#               left dangling by the removal ("He can be reached at") goes too.
#   credits:    a line at the end starting so names where the article first appeared; its date
#               becomes the briefing's date when the top has none, and the outlet its source.
#   ignored_authors: bylines that name no person; such an article counts as unsigned.
#   bio_starts:     a line at the end starting so is the author's bio; it moves to `author_bio`.
#   bio_headings:   a line equal to one of these starts an "about the author" section.
#   notes_headings: a heading over the numbered notes at the end; the notes become footnotes.
#   limits:     numbers the importer's judgement uses.
#
# Add entries freely; keep `lines` and `prefixes` specific enough that no sentence of an
# article could match them. Run `sitegen import --dry-run` to see what a change drops.

lines:
  - Leave a Reply
  - Leave a Comment
  - Cancel reply
  - Post Comment
  - Please enter your comment!
  - Please enter your name here
  - Please enter your email address here
  - You have entered an incorrect email address!
  - Your email address will not be published.
  - Your email address will not be published. Required fields are marked *
  - Save my name, email, and website in this browser for the next time I comment.
  - Notify me of follow-up comments by email.
  - Notify me of new posts by email.
  - Comments are closed.
  - "%d bloggers like this:"
  - "Like this:"
  - Like Loading...
  - "Share this:"
  - "Share:"
  - Share
  - Share this article
  - Share on Facebook
  - Share on Twitter
  - Tweet
  - Print
  - Email
  - Facebook
  - Twitter
  - WhatsApp
  - LinkedIn
  - Telegram
  - Pinterest
  - Reddit
  - Copy link
  - Must Read
  - Related
  - Related Posts
  - Related Articles
  - Related News
  - Recommended
  - You may also like
  - More from this author
  - Most Read
  - Most Popular
  - Popular Posts
  - Recent Posts
  - Latest News
  - Trending
  - Read more
  - Read More...
  - Advertisement
  - Sponsored
  - Skip to content
  - Menu
  - Search
  - Home
  - Subscribe
  - Sign up
  - Load more
  - Previous article
  - Next article
  - Previous Post
  - Next Post
  - Back to top
  - Loading...
  - Accept
  - Accept all cookies
  - Got it!

prefixes:
  - "Also Read:"
  - "Also read -"
  - "Read more:"
  - "Read also:"
  - "Read More -"
  - "Follow us on "
  - "Follow us:"
  - "Subscribe to our newsletter"
  - "Sign up for our newsletter"
  - "Sign up to our newsletter"
  - "Get the latest news"
  - "Join our WhatsApp"
  - "Join our Telegram"
  - "We use cookies"
  - "This website uses cookies"
  - "This site uses cookies"
  - "By continuing to use this"
  - "Copyright ©"
  - "Copyright (c)"
  - "©"
  - "Breaking News:"
  - "Breaking:"
  - "Trending:"
  - "Tags:"
  - "Filed under:"
  - "Categories:"
  - "Photo:"
  - "Photo credit"
  - "Image:"
  - "Image source:"
  - "File photo"
  - "Listen to this article"
  - "Download our app"
  - "Click here to"

patterns:
  - "Copyright * All rights reserved*"
  - "* All rights reserved."
  - "# min read"
  - "# minute read"
  - "# minutes read"
  - "Reading time: *"
  - "# Comments"
  - "# comment"
  - "# views"
  - "Views: #"
  - "# shares"
  - "Share on *"
  - "Share via *"
  - "# hours ago"
  - "# minutes ago"

cut_from:
  - Leave a Reply
  - Leave a Comment
  - Related Posts
  - Related Articles
  - Related News
  - Related
  - Must Read
  - You may also like
  - Recommended
  - More from this author
  - Most Read
  - Latest News

debris:
  - "[email protected]"
  - "(adsbygoogle = window.adsbygoogle || []).push({});"

credits:
  - Published in
  - First published in
  - Originally published
  - This article was first published
  - This article was originally published
  - This article first appeared
  - This article originally appeared

ignored_authors:
  - admin
  - administrator
  - webmaster
  - guest
  - anonymous
  - unknown

bio_starts:
  - The author is
  - The author has
  - The author was
  - The authors are
  - The writer is
  - The writer has
  - The writer was
  - The writers are
  - The contributor is

bio_headings:
  - About the Author
  - About the Authors
  - About the Writer
  - About Author
  - Author Bio

notes_headings:
  - Notes
  - Endnotes
  - Footnotes
  - References
  - Notes and References
  - Sources

limits:
  # A section heading has at most this many words and characters.
  heading_max_words: 12
  heading_max_chars: 90
  # A topic is proposed when mentioned this often (once is enough in the title) ...
  topic_min_mentions: 2
  # ... and at most this many topics are proposed.
  max_topics: 6
  # The first-pass summary is cut to this length.
  summary_max_chars: 300

"""#
}
