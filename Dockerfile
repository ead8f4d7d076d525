# Production image: gunicorn serving Isôko, static files by whitenoise, running as a non-root user.
FROM python:3.11-slim AS base

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# OCR of scanned personnel files (archive/ocr.py): OCRmyPDF and Tesseract with French and English models
# (no Kirundi model exists; French reads Latin-script Kirundi). Used by the worker service.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ocrmypdf tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system isoko && useradd --system --gid isoko --home-dir /app --shell /usr/sbin/nologin isoko

WORKDIR /app
COPY pyproject.toml README.md ./
# Every folder with an apps.py, as in pyproject.toml's packages (tests/test_production_image.py).
COPY isoko ./isoko
COPY accounts ./accounts
COPY page_cache ./page_cache
COPY audit ./audit
COPY uploads ./uploads
COPY background ./background
COPY review ./review
COPY archive ./archive
COPY scanning ./scanning
COPY ministries ./ministries
COPY procedures ./procedures
COPY forms_library ./forms_library
COPY languages ./languages
COPY operations ./operations
COPY api ./api
COPY feedback ./feedback
COPY feature_phones ./feature_phones
COPY dashboard ./dashboard
COPY demo ./demo
COPY translations ./translations
COPY translation_desk ./translation_desk
COPY backups ./backups
COPY mirror ./mirror
COPY journeys ./journeys
RUN pip install .

COPY manage.py ./
COPY templates ./templates
COPY static ./static
COPY locale ./locale
COPY locale_libraries ./locale_libraries

# collectstatic needs settings that pass the production checks; the real values come at run time.
RUN DEBUG=0 SECRET_KEY=collectstatic-only-not-a-secret-but-long-enough-for-the-check ALLOWED_HOSTS=localhost \
    python manage.py collectstatic --noinput \
    && mkdir -p /app/media /app/archive_files && chown -R isoko:isoko /app/media /app/archive_files

USER isoko
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"

ENV ISOKO_ENV=production
# No gunicorn access log: the application writes one JSON line per request itself, without the query
# string (citizens type names into search); gunicorn's line would add a second one that has it.
# gunicorn's number of workers; the application reads it too (limits without Redis, operations/allowances.py).
ENV WEB_CONCURRENCY=3
CMD ["gunicorn", "isoko.wsgi:application", "--bind", "0.0.0.0:8000"]
