package vn.cchc.portal.plans;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Service;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import vn.cchc.portal.agencies.AgencyCatalog;
import vn.cchc.portal.shared.web.RenderedHtml;
import vn.cchc.portal.users.PortalUser;

/**
 * The plan page ({@code /plans/{id}}): its content, and its task table rendered once and
 * kept until something it shows changes. A 150-task plan's table is some 160 kB of HTML
 * whose rendering was nine tenths of the page's time, and issued plans are read far more
 * often than they change.
 * <p>
 * The cache is keyed by plan, locale and what the viewer may do (edit, see task history),
 * and an entry is used only while the plan's revision and the agencies' revision are
 * those it was built under. Both numbers are raised by database triggers (migrations V14,
 * V37) at every change of what the page shows, whoever writes it, so every instance sees
 * a change at once and no write path can forget to invalidate. See docs/plans.md.
 */
@Service
class PlanPages {

	private final PlanCatalog catalog;

	private final AgencyCatalog agencies;

	private final ThymeleafViewResolver views;

	private final JdbcClient jdbc;

	private final TransactionTemplate readOnly;

	private final Cache cache;

	/**
	 * Stands for the viewer's CSRF token in a cached rendering (the forms of an editable
	 * plan's rows), replaced by the current one when served. Random, so that no typed
	 * text can contain it.
	 */
	private final String tokenPlaceholder = "csrf-" + UUID.randomUUID();

	PlanPages(PlanCatalog catalog, AgencyCatalog agencies, ThymeleafViewResolver views, JdbcClient jdbc,
			PlatformTransactionManager transactions, @Value("${cchc.plans.page-cache-size:24MB}") DataSize size) {
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.catalog = catalog;
		this.agencies = agencies;
		this.views = views;
		this.cache = new Cache(size.toBytes());
	}

	/**
	 * The page's content for this viewer: from the cache when it holds the plan as it is
	 * now, built otherwise. A cached page costs two one-row queries and no transaction.
	 */
	Page open(long planId, PortalUser user, Locale locale) {
		// The revisions before the content: what is read after them is at least as new,
		// so what is kept under them is never older than they say (a newer content under
		// an older stamp only costs one more rendering).
		Head head = this.jdbc.sql("""
				select p.status, p.parent_plan_id, p.owner_agency_id,
				       coalesce((select r.revision from plan_revision r where r.plan_id = p.id), 0) as revision
				from plan p where p.id = ?""")
			.param(planId)
			.query((row, number) -> new Head(PlanStatus.valueOf(row.getString(1)), row.getObject(2, Long.class),
					row.getLong(3), row.getLong(4)))
			.optional()
			.orElseThrow(PlanNotFoundException::new);
		Stamp stamp = new Stamp(head.revision(), this.agencies.revision());
		boolean canEdit = PlanPermissions.canEdit(user, head.parentPlanId(), head.ownerAgencyId());
		Key key = new Key(planId, locale, head.status().isEditable() && canEdit, user.getRole().readsEveryAgency());
		boolean canAct = head.status() != PlanStatus.CLOSED && canEdit;
		Content cached = this.cache.get(key, stamp);
		Content content = (cached != null) ? cached
				: this.readOnly.execute((tx) -> new Content(stamp, this.catalog.view(planId, user, locale),
						this.catalog.history(planId), this.catalog.versions(planId), null));
		return new Page(key, content, canAct);
	}

	/** What the cache key needs of the plan, read with its revision in one statement. */
	private record Head(PlanStatus status, Long parentPlanId, long ownerAgencyId, long revision) {
	}

	/**
	 * The task table as HTML: the cached rendering when there is one, rendered (and kept)
	 * otherwise. Tasks ticked on a rejected bulk form are ticked again: that table is the
	 * viewer's own, rendered and not kept.
	 */
	RenderedHtml appendix(Page page, Set<Long> ticked, HttpServletRequest request, HttpServletResponse response) {
		Content content = page.content();
		String html = (ticked.isEmpty()) ? content.appendix() : null;
		if (html == null) {
			html = render(page, ticked, request, response);
			if (ticked.isEmpty()) {
				this.cache.put(page.key(), content.withAppendix(html));
			}
		}
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return new RenderedHtml((token != null && html.contains(this.tokenPlaceholder))
				? html.replace(this.tokenPlaceholder, token.getToken()) : html);
	}

	private String render(Page page, Set<Long> ticked, HttpServletRequest request, HttpServletResponse response) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("plan", page.plan());
		model.put("canSeeHistory", page.key().canSeeHistory());
		model.put("ticked", ticked);
		try {
			return RenderedHtml.render(this.views, "plans/appendix :: table", page.key().locale(), model,
					new RenderedFragment.Request(request, this.tokenPlaceholder), response);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not render the task table of plan " + page.plan().id(), ex);
		}
	}

	/** What the cache is keyed by: the plan, the language, what the viewer may do. */
	record Key(long planId, Locale locale, boolean editable, boolean canSeeHistory) {
	}

	/** The plan's and the agencies' revisions a content was built under. */
	record Stamp(long plan, long agencies) {
	}

	/** What the page shows of the plan, and the task table once rendered. */
	record Content(Stamp stamp, PlanView plan, List<PlanView.Step> history, List<PlanView.VersionInfo> versions,
			String appendix) {

		Content withAppendix(String html) {
			return new Content(this.stamp, this.plan, this.history, this.versions, html);
		}

		/**
		 * Roughly the bytes kept: the HTML (two bytes a character, Vietnamese text is not
		 * Latin-1) and the plan's data, about as large.
		 */
		long weight() {
			return (this.appendix != null) ? 4L * this.appendix.length() : 0;
		}

	}

	/** The page for one viewer: the (shared) content and whether they may act on it. */
	record Page(Key key, Content content, boolean canAct) {

		PlanView plan() {
			return this.content.plan();
		}

	}

	/**
	 * The least recently used contents, up to a total weight; an entry is served only
	 * under the stamp it was built with.
	 */
	static final class Cache {

		private final long maxWeight;

		private final LinkedHashMap<Key, Content> entries = new LinkedHashMap<>(16, 0.75f, true);

		private long weight;

		Cache(long maxWeight) {
			this.maxWeight = maxWeight;
		}

		synchronized Content get(Key key, Stamp stamp) {
			Content content = this.entries.get(key);
			return (content != null && content.stamp().equals(stamp)) ? content : null;
		}

		synchronized void put(Key key, Content content) {
			if (content.weight() > this.maxWeight) {
				return;
			}
			Content old = this.entries.put(key, content);
			this.weight += content.weight() - ((old != null) ? old.weight() : 0);
			var eldest = this.entries.entrySet().iterator();
			while (this.weight > this.maxWeight && eldest.hasNext()) {
				this.weight -= eldest.next().getValue().weight();
				eldest.remove();
			}
		}

		synchronized int size() {
			return this.entries.size();
		}

	}

}
