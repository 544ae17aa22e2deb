-- Issue 15: reported speech is stored as statements of its own kind, and a tariff's rate can name the figure that
-- states it. Portable SQL (H2 2.x and PostgreSQL 15).

-- QUOTE: the speaker's exact words, printed in quotation marks; PARAPHRASE: the article's account of what was said.
-- The column `quote` keeps its name and holds the text of both kinds (the API's `text`).
ALTER TABLE statement ADD COLUMN kind VARCHAR(20) DEFAULT 'QUOTE' NOT NULL;
ALTER TABLE statement ADD CONSTRAINT statement_kind CHECK (kind IN ('QUOTE', 'PARAPHRASE'));

-- The figure in which an article states a tariff's rate (only for rate_origin SOURCE).
ALTER TABLE tariff ADD COLUMN rate_figure_id BIGINT;
ALTER TABLE tariff ADD CONSTRAINT tariff_rate_figure FOREIGN KEY (rate_figure_id) REFERENCES figure (id);
ALTER TABLE tariff ADD CONSTRAINT tariff_rate_figure_origin CHECK (rate_figure_id IS NULL OR rate_origin = 'SOURCE');
CREATE INDEX tariff_rate_figure_index ON tariff (rate_figure_id);
