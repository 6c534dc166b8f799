package cn.jixiao.portal.transfer.web;

import cn.jixiao.portal.kiosk.usage.UsageRights;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.portal.transfer.TransferRights;
import cn.jixiao.portal.transfer.TransferService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * /transfer: export links and upload forms for each sheet and for the kiosks' daily usage. The uploads
 * go to TransferApi and UsageApi (static/imports.js shows the preview, its errors by row and column,
 * and, when the file is clean, the button that saves it).
 */
@Path("/transfer")
@Produces(MediaType.TEXT_HTML)
public class TransferPages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(MeView me, List<SheetView> sheets, boolean usageImport);
    }

    @Inject
    TransferService transfers;

    @Inject
    TransferRights rights;

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @Inject
    UsageRights usage;

    @GET
    public TemplateInstance index() {
        var sheets =
                transfers.sheets().stream().map(s -> SheetView.of(s, rights)).toList();
        return Templates.index(me.describe(user.get()), sheets, usage.mayImport());
    }
}
