<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN" "http://www.w3.org/TR/REC-html40/loose.dtd">




<!-- pls: DocumentIndex_page -->





















<html lang="en">
    <head>
        <meta name="robots" content="index,follow">


        <meta name="date" content="2005-06-01" >
        <meta name="Description" content="HP Business Support Center - eSupport for Small and Medium Businesses" >
        <meta name="Keywords" content="META_KEYWORDS_NONE" >

















<!-- pls: siteL1_TopLeft -->


















   <script type="text/javascript" language="JavaScript">
        var page_product_series_id="1140727";
        var page_english_prod_series_name="HP Color LaserJet 2605 Printer series";
        var page_prod_line_code="LY";
        var page_authentication_source="Anon";
        var page_omniture_accounts="hphqglobal,hphqWWsupportBSD";
        var page_response_value="unknown";
        var page_lang="en";
        var page_cc="us";
        var page_localHostName="G1W0134";
    </script> 
    



<!--startindex-->

    <meta http-equiv="Cache-Control" content="no-cache">  
    <meta http-equiv="Pragma" content="no-cache">
    <meta http-equiv="Expires" content="0">
    <meta name="Content-type" content="text/html; charset=UTF-8">
    <meta name="web_section_id" content="R10901">
    <meta name="page_content" content="products">
    <meta name="user_type" content="Any">
    <meta name="segment" content="smb">
    <meta name="lifecycle" content="support">
    <meta name="target_country" content="us">
    <meta name="hp_design_version" content="hpweb.1.2a">

        <meta name="product_service_name" content="product series.HP Color LaserJet 2605 Printer series">
        <title>HP Color LaserJet 2605 Printer series&nbsp;-&nbsp;

	
		Manuals - 
		HP Business Support Center
	</title>
	<meta http-equiv="Content-type" content="text/html; charset=UTF-8">
	<meta name="version" content="1.2">
<!--stopindex--> 

	<script type='text/javascript' language='JavaScript' src='http://h18030.www1.hp.com/survey/source/popup.js'></script>
    <link rel="icon" href="/service/site/img/hpicon.ico" type="image/ico">   
    <link rel="shortcut icon" href="/service/site/img/hpicon.ico" type="image/ico">
	<script type="text/javascript" language="JavaScript" src="/country/js/hpweb_utilities.js"></script>
    <script type="text/javascript" language="JavaScript" src="/service/site/js/utility_functions.js"></script>	
</head>


<body class="colorFFFFFFbg" text="#000000" link="#003366" alink="#003366" vlink="#660066" style="margin: 0px">
<noscript><a href="http://welcome.hp.com/country/us/en/noscript.htm">summary of JavaScript functions on this page</a></noscript>

   
<!-- pls: siteL2_TopBar -->
    

<table border="0" cellspacing="0" cellpadding="0" width="740">
	<tr><td height="3"></td></tr><tr>
		<td width="99%" align="left"><table border="0" cellpadding="0" cellspacing="0">
          <TR class="decoration">
          <td width=10></td>
                <TD  class=smallbold align=left width=220>

                </TD>
                <!-- <TD class=color003366 align=right width=290 > 
                    JAGaf85611 R 4.2 (Bacchus)
                -->
                <TD class=color003366 align=right width=290 nowrap>
                
                    &raquo;&nbsp;<A class=small href="https://passport2.hp.com/hpp/login.do?s_lang=en&smredirect=https%3A%2F%2Fpassport2.hp.com%2Fhpp%2Fwelcome.jsp%3Fsmredirect%3Dhttp%253A%252F%252Fh20000.www2.hp.com%252Fbizsupport%252FTechSupport%252FDocumentIndex.jsp%253Flang%253Dar%2526cc%253Dus%2526contentType%253DSupportManual%2526docIndexId%253D64255%2526prodTypeId%253D18972%2526prodSeriesId%253D1140727%2526lang%253Dar%2526cc%253Dus&hpappid=NextGen">Sign-in with HP Passport</A>&nbsp;<SPAN class=color666666>|</SPAN>&nbsp;&raquo;&nbsp;<A class=small href="https://passport2.hp.com/hpp/newuser.do?hpappid=NextGen&s_lang=en&smredirect=https%3A%2F%2Fpassport2.hp.com%2Fhpp%2Fwelcome.jsp%3Fsmredirect%3Dhttp%253A%252F%252Fh20000.www2.hp.com%252Fbizsupport%252FTechSupport%252FDocumentIndex.jsp%253Flang%253Dar%2526cc%253Dus%2526contentType%253DSupportManual%2526docIndexId%253D64255%2526prodTypeId%253D18972%2526prodSeriesId%253D1140727%2526lang%253Dar%2526cc%253Dus">Register</A>
                
               </TD>
                <td><IMG height=5 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=18></td>
                <td>    
                
                
                      
                </td>
                <!-- pls: site_TopLangPullDown -->

                
                    
                 <td>
                    <IMG height=5 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=18>
                    </td>   
                 <td class=small>
                        
                    </td>    
                    <td>
                    <img alt="" src="http://welcome.hp-ww.com/img/s.gif" height="1" width="6">
                    </td>    
                    
                    <td class=small>
                    <form name="countrySelectForm1" method="get" >
<option  value ="en_us"> United States-English </option> 
                            </td>
                            <td>
                            <img alt="" src="http://welcome.hp-ww.com/img/s.gif" height="1" width="6">
                            </td>
                            <td>
                                  
                            

        
                    </td></form> 
                    

                    
                    
                    <!-- ple: site_TopLangPullDown (0.000 sec.) -->

                    </tr></table></td></tr></table>

 
<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
  <TBODY>
  <TR>
    <TD vAlign=top align=left bgColor=#666666>
      <TABLE cellSpacing=0 cellPadding=0 width=720 border=0>
        <TBODY>
        <TR class="decoration">
          <td><a href=http://welcome.hp.com/country/us/en/welcome.html>
<img  src=http://welcome.hp-ww.com/country/us/en/img/top/hpweb_1-2_topnav_home.gif
alt="HP.com Home" border=0 width="100" height="24"></a></td>
          <TD class=colorE7E7E7bg>
          <IMG alt="" 
            src="http://welcome.hp-ww.com/img/s.gif" width="1" height="1"></TD>
          <td><a href=http://welcome.hp.com/country/us/en/prodserv.html>
          <img src=http://welcome.hp-ww.com/country/us/en/img/top/hpweb_1-2_topnav_prdsrv.gif 
          alt="Products and Services" border=0 width="166" height="24"></a></td>
          <TD class=colorE7E7E7bg>
          <IMG alt="" 
            src="http://welcome.hp-ww.com/img/s.gif" width="1" height="1"></TD>
          <td><a href=http://welcome.hp.com/country/us/en/support.html>
<img src=http://welcome.hp-ww.com/country/us/en/img/top/hpweb_1-2_topnav_supprt.gif
alt="Support and Drivers"
border=0 width="163" height="24"></a></td>
          <TD class=colorE7E7E7bg>
          <IMG alt="" 
            src="http://welcome.hp-ww.com/img/s.gif" width="1" height="1"></TD>
          <td><a href=http://welcome.hp.com/country/us/en/solutions.html>
<img src=http://welcome.hp-ww.com/country/us/en/img/top/hpweb_1-2_topnav_slutns.gif
alt="Solutions" border=0 width="143" height="24"></a></td>
          <TD class=colorE7E7E7bg>
          <IMG alt="" 
            src="http://welcome.hp-ww.com/img/s.gif" width="1" height="1"></TD>
          <td><a href=http://welcome.hp.com/country/us/en/howtobuy.html>
<img src=http://welcome.hp-ww.com/country/us/en/img/top/hpweb_1-2_topnav_buy.gif
alt="How to Buy" border=0 width="143" height="24"></a></td>
          <TD class=colorE7E7E7bg>
          <IMG alt="" 
            src="http://welcome.hp-ww.com/img/s.gif" width="1" height="1"></TD></TR></TBODY></TABLE></TD></TR></TBODY></TABLE>



<table border="0" cellpadding="0" cellspacing="0" width="100%">
	<tr>
      <td align="left" valign="top" bgcolor="#E7E7E7">
         <table border="0" cellpadding="0" cellspacing="0" width="720">
            <tr>
			  <td width="20" valign="top"><img src="http://welcome.hp-ww.com/img/s.gif" border="0" width="20" height="48"
						alt="" class="decoration"></td>
                <td  width="150" align="left" valign="middle" class="color003366">
                <b>&raquo;</b>&nbsp;<a href="/bizsupport/TechSupport/ContactHP.jsp?lang=en&amp;cc=us&amp;prodTypeId=18972&amp;prodSeriesId=1140727" class="smallbld">Contact HP</a>
                </td>
                <td width="10"><img src="http://welcome.hp-ww.com/img/s.gif" width="10" height="1" alt=""></td>              
			  <td width="540" align="right">
              






<table border="0" cellpadding="0" cellspacing="0">
<form name=tlSearch action=javascript:tlSearchSubmit2()>
    <tr>
      <td align="left" valign=middle class="color333333"><strong>Search:</strong></td>
      <td valign="top"><img src="http://welcome.hp-ww.com/img/s.gif" width="4" height="1" alt=""></td>
      <td align="left" valign="top">
        <img src="http://welcome.hp-ww.com/img/s.gif" width="1" height="2" alt=""><br>
        <input type="text" name="tx" size="26" maxlength="1991" id="tx" value="">
        <img src="http://welcome.hp-ww.com/img/s.gif" width="4" height="1" alt="">
        <a href="javascript:tlSearchSubmit2()" title="Search"><input type=image src="http://welcome.hp-ww.com/img/hpweb_1-2_arrw_sbmt.gif" border="0" alt="Search"></a>
        <img src="http://welcome.hp-ww.com/img/s.gif" width="9" height="1" alt="" border="0">
        <a href="/bizsupport/site/search/r4_0/jsp/search.jsp?lang=en&amp;cc=us&amp;prodTypeId=18972&amp;prodSeriesId=1140727" class="udrlinesmall">More options</a>
      </td>
    </tr>
    <tr>
      <td align="left">&nbsp;</td>
      <td align="left" colspan="2"  class="small" >
        <INPUT TYPE="radio" class="srchradbtn" name="action" value="/bizsupport/site/search/r4_0/jsp/search.jsp?lang=en&amp;cc=us&amp;prodTypeId=18972&amp;prodSeriesId=1140727&amp;tx="  checked id=sectionRadio><LABEL for=sectionRadio><span class="bold">Business Support Center</span></LABEL>
        <INPUT TYPE="radio" class="srchradbtn" name="action" value="http://www.hp.com/search?lang=en&amp;cc=us&amp;qt="  id=countryRadio>
        <LABEL for=countryRadio>All of HP United States</LABEL>
      </td>
    </tr></form>
</table>




              
              </td>
			</tr>
         </table>
      </td>
   </tr>
   <tr class="decoration">
      <td bgcolor="#CCCCCC"><img src="http://welcome.hp-ww.com/img/s.gif" width=1 height=1></td>
   </tr>
</table>


<table border="0" cellpadding="0" cellspacing="0" width="720">
	<tr>
		<td width="170" align="center" valign="middle">
      

         <a href="http://welcome.hp.com/country/us/en/welcome.html">
  		   <img src="http://welcome.hp-ww.com/img/hpweb_1-2_topnav_hp_logo.gif" width="63" height="53" alt="hp.com home"
			 border="0"></a><br></td>
		<td width="10"><img src="http://welcome.hp-ww.com/img/s.gif"
			width="10" height="93" alt="" border="0"></td>
		<td title="" width="536" align="left" valign="top">
 
        
        <SPAN id="jsPageBreadcrumb"> </SPAN>
			<br><img src="http://welcome.hp-ww.com/img/s.gif" width="1" height="6"><br>
            
            	<h1><SPAN id="jsPageTitle"></SPAN>Manuals<br></h1>
            

	</tr>
</table>


<table border="0" cellpadding="0" style="height: 100%" cellspacing="0" width="720">
	<tr>
		<td width="170" align="left"  valign=top bgColor="#f0f0f0">
			<!-- pls: siteL2_LeftNavBar -->

            
















<table border=0 width=170 cellpadding=0 cellspacing=0>
    <tr class="colorDCDCDCbg">
        <td width=10><img src="http://welcome.hp-ww.com/img/s.gif" width=10 height=1></td>
        
	   
         <td valign=top width=10 class="color003366bld"><span>&raquo;&nbsp;</span></td>
        <td width=100%> <h2><b><a href="/bizsupport/TechSupport/Home.jsp?lang=en&amp;cc=us&amp;prodTypeId=18972&amp;prodSeriesId=1140727">Business Support Center</a>

        </b></h2></td>
        <td><img src="http://welcome.hp-ww.com/img/s.gif" height=1 width=10></td>
     </tr>
</table>


<table width="170" border="0" cellpadding="0" cellspacing="0" >
	<tr>
		<td colspan="5"><IMG height=10 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=10></td>
	</tr>
	<tr>
		<td colspan="1"><IMG height=1 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=6></td>
		<td colspan="3" bgcolor="#cccccc"><IMG height=1 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=6></td>
		<td colspan="1"><IMG height=1 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=6></td>
	</tr>
	<tr>
		<td><IMG height=5 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=5></td>
		<td bgcolor="#cccccc">
			<IMG height=5 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=1>
		</td>
		<td bgcolor="#ffffff">
			
			<table border="0" width="150" align="center" bgcolor="#ffffff" cellpadding="0" cellspacing="0">
			<form action="https://passport2.hp.com/newlogin.fcc?smauthreason=0&s_lang=en&target=https%3A%2F%2Fpassport2.hp.com%2Fhpp%2Fdologin.do%3FTARGET%3Dhttp%253A%252F%252Fh20000.www2.hp.com%252Fbizsupport%252FTechSupport%252FDocumentIndex.jsp%253Flang%253Dar%2526cc%253Dus%2526contentType%253DSupportManual%2526docIndexId%253D64255%2526prodTypeId%253D18972%2526prodSeriesId%253D1140727%2526lang%253Dar%2526cc%253Dus%26hpappid%3DNextGen" method=post>
            	<tr>
					<td><IMG height=5 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=5></td>
					<td><h2><b>HP Passport Sign-in</b></h2></td>
					<td><IMG height=5 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=5></td>
				</tr>

				<tr>
					<td><IMG height=5 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=5></td>
					<td>User ID:</td>
					<td><IMG height=5 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=5></td>
				</tr>
				<tr>
					<td><IMG height=5 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=5></td>
					<td>
						<INPUT id=username type=text alt="User ID" maxLength=50 size=18 name=username>
					</td>
					<td><IMG height=5 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=5></td>
				</tr>
				<tr>
					<td><IMG height=5 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=5></td>
					<td>Password:</td>
					<td><IMG height=5 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=5></td>
				</tr>
				<tr>
					<td><IMG height=5 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=5></td>
					<td>
						<INPUT id=password alt="Password" maxLength=50 size=20 name=password type=password>
					</td>
					<td><IMG height=5 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=5></td>
				</tr>
				<tr>
					<td colspan=3><IMG height=5 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=5></td>
				</tr>
				<tr>
					<td><IMG height=5 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=5></td>
					<td>
						<table align="left" width="140" border="0" cellpadding="0" cellspacing="0">
							<tr>
								<td class="small">&raquo;&nbsp;<a href="https://passport2.hp.com/hpp/newuser.do?hpappid=NextGen&s_lang=en&smredirect=https%3A%2F%2Fpassport2.hp.com%2Fhpp%2Fwelcome.jsp%3Fsmredirect%3Dhttp%253A%252F%252Fh20000.www2.hp.com%252Fbizsupport%252FTechSupport%252FDocumentIndex.jsp%253Flang%253Dar%2526cc%253Dus%2526contentType%253DSupportManual%2526docIndexId%253D64255%2526prodTypeId%253D18972%2526prodSeriesId%253D1140727%2526lang%253Dar%2526cc%253Dus">Register</a></td>
							</tr>
							<tr>
                            
								<td class="small">&raquo;&nbsp;<a href="/bizsupport/TechSupport/LoginBenefits.jsp?lang=en&cc=us&amp;prodTypeId=18972&amp;prodSeriesId=1140727">Learn more...</a></td>
							
                            </tr>
                            <tr><td><input class="primButton" type="submit" value="&nbsp;Go&nbsp;&raquo;" />
                            </td></tr>
						</table>
							
					</td>
					<td><IMG height=5 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=5></td>
				</tr>
				<tr>
					<td colspan=3><IMG height=5 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=5></td>
				</tr></form>
			</table>
			
		</td>
		<td bgcolor="#cccccc"><IMG height=5 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=1></td>
	</tr>
	<tr>
		<td colspan="1"><IMG height=1 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=6></td>
		<td colspan="3" bgcolor="#cccccc"><IMG height=1 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=6></td>
		<td colspan="1"><IMG height=1 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=6></td>
	</tr>
</table>

<!-- pls: pc_leftNavTaskResource -->

    






















<table border=0 cellpadding=0 cellspacing=0 width=100% bgColor="#f0f0f0" >
		<tr class="decoration">
			<td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10 ></td>
            <td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10 ></td>
			<td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10 ></td>
			<td width=100%><img src="http://welcome.hp-ww.com/img/s.gif" height=1 width=1></td>
			<td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10 ></td>
		</tr>
			<tr>
				<td><img src="http://welcome.hp-ww.com/img/s.gif" width=10 height=1></td>
				<td colspan=3> <h3>
  				 
					Tasks for my selected product
				 
                </h3></td>
                <td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10 ></td>
			</tr>

			<tr>
				<td width=10><img src="http://welcome.hp-ww.com/img/s.gif" width=10 height=1></td>
                <td width=10><img src="http://welcome.hp-ww.com/img/s.gif" width=10 height=1></td>
                <td valign=top width=10 ><span id="a135" class="color003366">&raquo;</span></td>
                <td width=100%><span id="b135" class="color003366"><a href="/bizsupport/TechSupport/ProductList.jsp?lang=en&amp;cc=us&amp;taskId=135&amp;prodTypeId=18972&amp;prodSeriesId=1140727">Download drivers and software</a></span></td>
                <td><img src="http://welcome.hp-ww.com/img/s.gif" height=1 width=10></td>
			</tr>

			<tr>
				<td width=10><img src="http://welcome.hp-ww.com/img/s.gif" width=10 height=1></td>
                <td width=10><img src="http://welcome.hp-ww.com/img/s.gif" width=10 height=1></td>
                <td valign=top width=10 ><span id="a110" class="color003366">&raquo;</span></td>
                <td width=100%><span id="b110" class="color003366"><a href="/bizsupport/TechSupport/SupportTaskIndex.jsp?lang=en&amp;cc=us&amp;taskId=110&amp;prodTypeId=18972&amp;prodSeriesId=1140727">Troubleshoot a problem</a></span></td>
                <td><img src="http://welcome.hp-ww.com/img/s.gif" height=1 width=10></td>
			</tr>

			<tr>
				<td width=10><img src="http://welcome.hp-ww.com/img/s.gif" width=10 height=1></td>
                <td width=10><img src="http://welcome.hp-ww.com/img/s.gif" width=10 height=1></td>
                <td valign=top width=10 ><span id="a115" class="color003366">&raquo;</span></td>
                <td width=100%><span id="b115" class="color003366"><a href="/bizsupport/TechSupport/SupportTaskIndex.jsp?lang=en&amp;cc=us&amp;taskId=115&amp;prodTypeId=18972&amp;prodSeriesId=1140727">Setup, install, and configure</a></span></td>
                <td><img src="http://welcome.hp-ww.com/img/s.gif" height=1 width=10></td>
			</tr>

			<tr>
				<td width=10><img src="http://welcome.hp-ww.com/img/s.gif" width=10 height=1></td>
                <td width=10><img src="http://welcome.hp-ww.com/img/s.gif" width=10 height=1></td>
                <td valign=top width=10 ><span id="a120" class="color003366">&raquo;</span></td>
                <td width=100%><span id="b120" class="color003366"><a href="/bizsupport/TechSupport/SupportTaskIndex.jsp?lang=en&amp;cc=us&amp;taskId=120&amp;prodTypeId=18972&amp;prodSeriesId=1140727">Discover and use a product</a></span></td>
                <td><img src="http://welcome.hp-ww.com/img/s.gif" height=1 width=10></td>
			</tr>

			<tr>
				<td width=10><img src="http://welcome.hp-ww.com/img/s.gif" width=10 height=1></td>
                <td width=10><img src="http://welcome.hp-ww.com/img/s.gif" width=10 height=1></td>
                <td valign=top width=10 ><span id="a125" class="color003366">&raquo;</span></td>
                <td width=100%><span id="b125" class="color003366"><a href="/bizsupport/TechSupport/SupportTaskIndex.jsp?lang=en&amp;cc=us&amp;taskId=125&amp;prodTypeId=18972&amp;prodSeriesId=1140727">Perform regular maintenance</a></span></td>
                <td><img src="http://welcome.hp-ww.com/img/s.gif" height=1 width=10></td>
			</tr>

			<tr>
				<td width=10><img src="http://welcome.hp-ww.com/img/s.gif" width=10 height=1></td>
                <td width=10><img src="http://welcome.hp-ww.com/img/s.gif" width=10 height=1></td>
                <td valign=top width=10 ><span id="a130" class="color003366">&raquo;</span></td>
                <td width=100%><span id="b130" class="color003366"><a href="/bizsupport/TechSupport/SupportTaskIndex.jsp?lang=en&amp;cc=us&amp;taskId=130&amp;prodTypeId=18972&amp;prodSeriesId=1140727">Upgrade and migrate</a></span></td>
                <td><img src="http://welcome.hp-ww.com/img/s.gif" height=1 width=10></td>
			</tr>

			<tr>
				<td width=10><img src="http://welcome.hp-ww.com/img/s.gif" width=10 height=1></td>
                <td width=10><img src="http://welcome.hp-ww.com/img/s.gif" width=10 height=1></td>
                <td valign=top width=10 ><span id="a140" class="color003366">&raquo;</span></td>
                <td width=100%><span id="b140" class="color003366"><a href="/bizsupport/TechSupport/Recycle.jsp?lang=en&amp;cc=us&amp;taskId=140&amp;prodTypeId=18972&amp;prodSeriesId=1140727">Recycle and dispose</a></span></td>
                <td><img src="http://welcome.hp-ww.com/img/s.gif" height=1 width=10></td>
			</tr>

    <tr class="decoration">
			<td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10></td>
            <td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10></td>
			<td><img src="http://welcome.hp-ww.com/img/s.gif" width=10></td>
			<td width=100%><img src="http://welcome.hp-ww.com/img/s.gif" height=1
			  width=1></td>
			<td><img src="http://welcome.hp-ww.com/img/s.gif" width=10></td>
		</tr>
	</table>
		<table border=0 cellpadding=0 cellspacing=0 width=100%>
			<tr class="decoration">
				<td align=left width=10><img width=10 height=1
					src="http://welcome.hp-ww.com/img/s.gif"></td>
                <td align=left width=10><img width=10 height=1
					src="http://welcome.hp-ww.com/img/s.gif"></td>
				<td align=left valign=top width=100% bgcolor=#CCCCCC><img
					src="http://welcome.hp-ww.com/img/s.gif" width=1 height=1></td>
				<td align=left width=10><img width=10 height=1
					src="http://welcome.hp-ww.com/img/s.gif"></td>
		   </tr>
		</table>




 
    <table border=0 cellpadding=0 cellspacing=0 width=100% bgColor="#f0f0f0">
		<tr class="decoration">
			<td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10 ></td>
            <td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10 ></td>
			<td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10 ></td>
			<td width=100%><img src="http://welcome.hp-ww.com/img/s.gif" height=1
				width=1></td>
			<td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10 ></td>
		</tr>
        <tr>
            <td><img src="http://welcome.hp-ww.com/img/s.gif" width=10 height=1></td>
            <td valign=top width=10 ><span id="aSupportResources" class="color003366">&raquo;</span></td>
            <td colspan="2">

                <h3> <a href="/bizsupport/TechSupport/SupportResources.jsp?lang=en&amp;cc=us&amp;prodTypeId=18972&amp;prodSeriesId=1140727"><span id="SupportResources" class="color003366">
                 
    
                    Resources for my selected product
    
                 
               </span></a> </h3>
            </td>
            <td><img src="http://welcome.hp-ww.com/img/s.gif" height=1 width=10></td>
        </tr>


                    <tr>
                        <td align="left" width="10" ><img height="1" src="http://welcome.hp-ww.com/img/s.gif" width="10"></td>
                        <td align="left" width="10" ><img height="1" src="http://welcome.hp-ww.com/img/s.gif" width="10"></td>
                        <td valign=top width=10 ><span  class="color003366">&raquo;</span></td>        
                        <td align="left" valign="top" width=100% ><span  class="color003366"><a href="http://www.hp.com/go/ispe?&cc=us&lang=en">Diagnose problem or Chat (HP Instant Support)</a></span></td>
                        <td><img src="http://welcome.hp-ww.com/img/s.gif" height=1 width=10></td>
                    </tr>        

                    <tr>
                        <td align="left" width="10" ><img height="1" src="http://welcome.hp-ww.com/img/s.gif" width="10"></td>
                        <td align="left" width="10" ><img height="1" src="http://welcome.hp-ww.com/img/s.gif" width="10"></td>
                        <td valign=top width=10 ><span  class="color003366">&raquo;</span></td>        
                        <td align="left" valign="top" width=100% ><span  class="color003366"><a href="http://www.hp.com/go/sml?prodSeriesId=1140727">Repair videos and animations</a></span></td>
                        <td><img src="http://welcome.hp-ww.com/img/s.gif" height=1 width=10></td>
                    </tr>        

                    <tr>
                        <td align="left" width="10" ><img height="1" src="http://welcome.hp-ww.com/img/s.gif" width="10"></td>
                        <td align="left" width="10" ><img height="1" src="http://welcome.hp-ww.com/img/s.gif" width="10"></td>
                        <td valign=top width=10 ><span  class="color003366">&raquo;</span></td>        
                        <td align="left" valign="top" width=100% ><span  class="color003366"><a href="http://forums.itrc.hp.com/service/forums/bizsupport/categoryhome.do?categoryId=413&lang=en&cc=us&prodTypeId=18972&prodSeriesId=1140727">Support Forums</a></span></td>
                        <td><img src="http://welcome.hp-ww.com/img/s.gif" height=1 width=10></td>
                    </tr>        

                    <tr>
                        <td align="left" width="10" ><img height="1" src="http://welcome.hp-ww.com/img/s.gif" width="10"></td>
                        <td align="left" width="10" ><img height="1" src="http://welcome.hp-ww.com/img/s.gif" width="10"></td>
                        <td valign=top width=10 ><span  class="color003366">&raquo;</span></td>        
                        <td align="left" valign="top" width=100% ><span  class="color003366"><a href="http://h20499.www2.hp.com/gts/sparks/public/IPG_CLJ2605_All_toplevel_WhatDoYouNeedHelpWith_PUB_EN?lang=en&cc=US&product=Printer&series=na&subseries=na&prodTypeId=18972&prodSeriesId=1140727">Guided troubleshooting</a></span></td>
                        <td><img src="http://welcome.hp-ww.com/img/s.gif" height=1 width=10></td>
                    </tr>        

                    <tr>
                        <td align="left" width="10" ><img height="1" src="http://welcome.hp-ww.com/img/s.gif" width="10"></td>
                        <td align="left" width="10" ><img height="1" src="http://welcome.hp-ww.com/img/s.gif" width="10"></td>
                        <td valign=top width=10 ><span id="aSupportManual" class="color003366">&raquo;</span></td>        
                        <td align="left" valign="top" width=100% ><span id="bSupportManual" class="color003366"><a href="/bizsupport/TechSupport/DocumentIndex.jsp?contentType=SupportManual&lang=en&cc=us&docIndexId=64179&taskId=101&prodTypeId=18972&prodSeriesId=1140727">Manuals</a></span></td>
                        <td><img src="http://welcome.hp-ww.com/img/s.gif" height=1 width=10></td>
                    </tr>        

                    <tr>
                        <td align="left" width="10" ><img height="1" src="http://welcome.hp-ww.com/img/s.gif" width="10"></td>
                        <td align="left" width="10" ><img height="1" src="http://welcome.hp-ww.com/img/s.gif" width="10"></td>
                        <td valign=top width=10 ><span  class="color003366">&raquo;</span></td>        
                        <td align="left" valign="top" width=100% ><span  class="color003366"><a href="http://itrc.hp.com/service/bsd/HPPdropPage.do?urlAfterDropPage=/mcm/countrySelection.do?action=submitcase&lang=en&cc=us&prodSeriesId=1140727">Submit a support case</a></span></td>
                        <td><img src="http://welcome.hp-ww.com/img/s.gif" height=1 width=10></td>
                    </tr>        
                         
             <tr>
                    <td align="left" width="10" ><img height="1" src="http://welcome.hp-ww.com/img/s.gif" width="10"></td>
                    <td align="left" width="10" ><img height="1" src="http://welcome.hp-ww.com/img/s.gif" width="10"></td>
                    <td valign=top width=10 class="color003366"><span>&raquo;</span></td>
                    <td align="left" valign="top" width=100% >  <a href="/bizsupport/TechSupport/SupportResources.jsp?lang=en&amp;cc=us&amp;prodTypeId=18972&amp;prodSeriesId=1140727">See more...</a></td>
                    <td><img src="http://welcome.hp-ww.com/img/s.gif" height=1 width=10></td>
             </tr>  


    <tr class="decoration">
			<td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10></td>
            <td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10></td>
			<td><img src="http://welcome.hp-ww.com/img/s.gif" width=10></td>
			<td width=100%><img src="http://welcome.hp-ww.com/img/s.gif" height=1
			  width=1></td>
			<td><img src="http://welcome.hp-ww.com/img/s.gif" width=10></td>
		</tr>
	</table>
	
	<table border=0 cellpadding=0 cellspacing=0 width=100%>
			<tr class="decoration">
				<td align=left width=10><img width=10 height=1
					src="http://welcome.hp-ww.com/img/s.gif"></td>
                <td align=left width=10><img width=10 height=1
					src="http://welcome.hp-ww.com/img/s.gif"></td>
				<td align=left valign=top width=100% bgcolor=#CCCCCC><img
					src="http://welcome.hp-ww.com/img/s.gif" width=1 height=1></td>
				<td align=left width=10><img width=10 height=1
					src="http://welcome.hp-ww.com/img/s.gif"></td>
		   </tr>
		</table>




   
    <script language=JavaScript> 
    try{
      document.getElementById('aSupportManual').className="color003366bld"; 
      document.getElementById('bSupportManual').className="color003366bld"; 
    }
    catch(e){
    }
    </script>
    
      
<!-- ple: pc_leftNavTaskResource (0.000 sec.) -->


	<table border=0 cellpadding=0 cellspacing=0 width=100% bgColor="#f0f0f0">
		<tr class="decoration">
			<td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10 ></td>
            <td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10 ></td>
			<td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10 ></td>
			<td width=100%><img src="http://welcome.hp-ww.com/img/s.gif" height=1
				width=1></td>
			<td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10 ></td>
		</tr>
			<tr>
				<td width=10><img src="http://welcome.hp-ww.com/img/s.gif" width=10
					height=1></td>
                <td valign=top width=10 class="color003366"><span>&raquo;</span></td>
 				<td colspan="2" width=100%><a href="/bizsupport/TechSupport/Help.jsp?lang=en&amp;cc=us&amp;prodTypeId=18972&amp;prodSeriesId=1140727"
					>Help</a></td>
				<td><img src="http://welcome.hp-ww.com/img/s.gif" height=1 width=10
					></td>
			</tr>

            <tr>
				<td width=10><img src="http://welcome.hp-ww.com/img/s.gif" width=10	height=1></td>
				<td valign=top width=10 class="color003366"><span>&raquo;</span	></td>
				<td colspan="2" width=100%><a href="/bizsupport/TechSupport/SiteMap.jsp?lang=en&amp;cc=us&amp;prodTypeId=18972&amp;prodSeriesId=1140727">
				Site map</a></td>
				<td><img src="http://welcome.hp-ww.com/img/s.gif" height=1 width=10	></td>
			</tr>


		<tr class="decoration">
			<td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10></td>
            <td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10></td>
			<td><img src="http://welcome.hp-ww.com/img/s.gif" width=10></td>
			<td width=100%><img src="http://welcome.hp-ww.com/img/s.gif" height=1  width=1></td>
			<td><img src="http://welcome.hp-ww.com/img/s.gif" width=10></td>
		</tr>
	</table>
		<table border=0 cellpadding=0 cellspacing=0 width=100%>
			<tr class="decoration">
				<td align=left width=10><img width=10 height=1
					src="http://welcome.hp-ww.com/img/s.gif"></td>
                <td align=left width=10><img width=10 height=1
					src="http://welcome.hp-ww.com/img/s.gif"></td>
				<td align=left valign=top width=100% class=colorCCCCCCbg><img
					src="http://welcome.hp-ww.com/img/s.gif" width=1 height=1></td>
				<td align=left width=10><img width=10 height=1
					src="http://welcome.hp-ww.com/img/s.gif"></td>
		   </tr>
		</table>
	<table border=0 cellpadding=0 cellspacing=0 width=100% bgColor="#f0f0f0">
		<tr class="decoration">
			<td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10 ></td>
            <td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10 ></td>
			<td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10 ></td>
			<td width=100%><img src="http://welcome.hp-ww.com/img/s.gif" height=1
				width=1></td>
			<td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10 ></td>
		</tr>
			<tr>
				<td width=10><img src="http://welcome.hp-ww.com/img/s.gif" width=10 height=1></td>
				<td valign=top width=10 class="color003366"><span>&raquo;</span	></td>
				<td colspan="2" width=100%><a href="http://itrc.hp.com?lang=en&cc=us" >
				   IT Resource Center</a></td>
				<td><img src="http://welcome.hp-ww.com/img/s.gif" height=1 width=10 ></td>
			</tr>
		<tr class="decoration">
			<td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10></td>
            <td><img src="http://welcome.hp-ww.com/img/s.gif" height=10 width=10></td>
			<td><img src="http://welcome.hp-ww.com/img/s.gif" width=10></td>
			<td width=100%><img src="http://welcome.hp-ww.com/img/s.gif" height=1 width=1></td>
			<td><img src="http://welcome.hp-ww.com/img/s.gif" width=10></td>
		</tr>
	</table>
<table width=100% cellpadding=0 cellspacing=0>
	<tr class="decoration">
		<td align="left" class=colorCCCCCCbg><img width=1 height=4 src="http://welcome.hp-ww.com/img/s.gif"></td>
	</tr>
</table>

<!-- pls: pc_leftNavAdvisorComp -->






















 


<!-- ple: pc_leftNavAdvisorComp (0.000 sec.) -->


		    <!-- ple: siteL2_LeftNavBar (0.000 sec.) -->

		</td>
		<td width="10"><img src="http://welcome.hp-ww.com/img/s.gif" width="10" height="1" alt=""></td>
        

		<td vAlign="top" width="530">
			
<script language=JavaScript>
  document.tlSearch.tx.value=unescape("")
</script>


<!-- ple: siteL2_TopBar (0.000 sec.) -->
  


<!-- ple: siteL1_TopLeft (0.000 sec.) -->


<!--startindex-->



<!-- pls: pn_ProductMemory -->














	


	<TABLE cellSpacing=0 cellPadding=0 width=560 border=0>
		<TBODY>
	        <TR class="decoration">
	        	<TD bgColor=#cccccc><IMG alt="" src="http://welcome.hp-ww.com/img/s.gif" width="1" height="1"></TD>
		</TR>
		</TBODY>
	</TABLE>
	<TABLE>
        <TR>
            <TD align="left" colspan="2">
                <b>HP Color LaserJet 2605 Printer series</b>
            </TD>
        </TR>
		<TR valign="bottom">
			<TD>
					




















	



    


	<img src="http://bizsupport1.austin.hp.com/bc/images/support/productInfo/SupportProductImage/c00646274/c00646274.jpg"
		alt="HP Color LaserJet 2605 Printer series" width=107 height=119>
 



			</TD>
			<TD width=100% valign="middle">

                
					
			
			
					<font class="color003366">&raquo;</font> <a href="/bizsupport/TechSupport/ProductRoot.jsp?lang=en&cc=us&docIndexId=64255&contentType=SupportManual">Choose another product</a><br>
                    
   
                        <font class="color003366">&raquo;</font> <a href="https://passport2.hp.com/hpp/newuser.do?hpappid=NextGen&s_lang=en&smredirect=https%3A%2F%2Fpassport2.hp.com%2Fhpp%2Fwelcome.jsp%3Fsmredirect%3Dhttp%253A%252F%252Fh20000.www2.hp.com%252Fbizsupport%252FTechSupport%252FDocumentIndex.jsp%253Flang%253Dar%2526cc%253Dus%2526contentType%253DSupportManual%2526docIndexId%253D64255%2526prodTypeId%253D18972%2526prodSeriesId%253D1140727%2526lang%253Dar%2526cc%253Dus">Create a personal product profile</a> (<a href="LoginBenefits.jsp?lang=en&cc=us&docIndexId=64255&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727">Why register?</a>)<br>

			
		
			
				<p>							
			
	</TD>
	</TR>
	</TABLE>

<!-- ple: pn_ProductMemory (0.000 sec.) -->


<TABLE border=0 cellSpacing=0 cellPadding=0 width=570>

  <TR > <TD bgColor=#ffffff colSpan=3><IMG height=3 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=1 ></TD></TR>

  <TR>
    <TD vAlign=top align=left width=380 >
            <!-- pls: pc_DocumentIndexComp -->


			

















<style>
<!--
.theme {background: #CC0066}
-->
</style>
<SCRIPT LANGUAGE="JavaScript" TYPE="text/javascript">
function checkSelectAtleastOne(form1){
//this function is used to check atleast one checkbox is selected
	arr = new Array();
	for(i=0;i< form1.length;i++){
		e=form1.elements[i];
		if (e.type=='checkbox' && e.checked){
			arr.push(form1.elements[i].value);
		}
	}
	if(arr.length<1){
		var msg = "Please mark the checkbox next to the document you wish to add to your list and try again.";
		alert(msg);
		 return false;
	}
}
</SCRIPT>









<!-- pls: pc_Breadcrumb -->






<script language=JavaScript>
document.getElementById('jsPageBreadcrumb').innerHTML='';
</script>

<!-- ple: pc_Breadcrumb (0.000 sec.) -->











	<table border="0" cellPadding="0" cellSpacing="0" width="370" >
	<tr>

	<form name=languageForm>

	<script language=JavaScript>
	function langFormSubmit(f) {
		index = f.language.selectedIndex;
		var selectLang = f.language.options[index].value;
		var serverName = f.serverName.value;
		window.location.href = "http://" + serverName + selectLang;

	}
	</script>

	<td><span class="bold">Manual language:&nbsp;</span>&nbsp;
	<input type="hidden" name="serverName" value="h20000.www2.hp.com">
	<select size="1" name="language" >
	<option value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179">select language</option>
	
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=bg">Bulgarian</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=zh-hans">Chinese (Simplified)</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=zh-hant">Chinese (Traditional)</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=hr">Croatian</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=cs">Czech</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=da">Danish</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=nl">Dutch</option>
		
		<option selected value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=en">English</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=et">Estonian</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=fi">Finnish</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=fr">French</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=de">German</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=el">Greek</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=he">Hebrew</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=hu">Hungarian</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=it">Italian</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=ja">Japanese</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=ko">Korean</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=lv">Latvian</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=lt">Lithuanian</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=no">Norwegian</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=pl">Polish</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=pt">Portuguese</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=ro">Romanian</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=ru">Russian</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=sr">Serbian</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=sk">Slovak</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=sl">Slovenian</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=es">Spanish</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=sv">Swedish</option>
		
		<option  value="/bizsupport/TechSupport/DocumentIndex.jsp?lang=en&cc=us&contentType=SupportManual&prodTypeId=18972&prodSeriesId=1140727&docIndexId=64179&manualLang=tr">Turkish</option>
		
	</select>
	
        <a href="javascript:langFormSubmit(languageForm);">
            <img border=0 src="http://welcome.hp-ww.com/img/hpweb_1-2_arrw_sbmt.gif ">
        </a>
		<br>&nbsp;</td></form></tr></table>
	


<table border="0" cellPadding="0" cellSpacing="0" width="370" >
    <a name="GotoTop"></a><h2><strong>Quick jump to manuals by category...</strong></h2><br>
    
    <TABLE cellSpacing=1 cellPadding=0 width=370>
    
      <tr valign=top><td class="color003366" align="left" valign="top" width="10">&raquo;&nbsp;</td>
    <td width=170 vAlign="top" align="left"><a href="#0">General reference</a></td>
    
    <td align="left" width="8">&nbsp;</td> <td class="color003366" vAlign="top" align="left" width="10"> &raquo;</td>
    <td vAlign="top" align="left"><a href="#3"> Technical guides and product specifications</a></td>
        
      <tr valign=top><td class="color003366" align="left" valign="top" width="10">&raquo;&nbsp;</td>
    <td width=170 vAlign="top" align="left"><a href="#1">Getting started</a></td>
    
    <td align="left" width="8">&nbsp;</td> <td class="color003366" vAlign="top" align="left" width="10"> &raquo;</td>
    <td vAlign="top" align="left"><a href="#4"> User guide</a></td>
        
      <tr valign=top><td class="color003366" align="left" valign="top" width="10">&raquo;&nbsp;</td>
    <td width=170 vAlign="top" align="left"><a href="#2">Software reference</a></td>
    
    <td align="left" width="8">&nbsp;</td> <td class="color003366" vAlign="top" align="left" width="10"> &raquo;</td>
    <td vAlign="top" align="left"><a href="#5"> White papers</a></td>
        
    </table>

    <TABLE cellSpacing=1 cellPadding=4 width=370 border=0>
        <FORM name="fnMyManual" action="DocumentIndex.jsp?lang=en&cc=us&taskId=101&prodSeriesId=1140727&prodTypeId=18972&contentType=SupportManual&docIndexName=Manuals&docIndexId=64179" method="post" onSubmit="return checkSelectAtleastOne(this);">

                <input type="hidden" name="taskId" value="101" >
            
                <input type="hidden" name="docIndexId" value="64179" >
            
                <input type="hidden" name="lang" value="en" >
            
                <input type="hidden" name="prodSeriesId" value="1140727" >
            
                <input type="hidden" name="cc" value="us" >
            
                <input type="hidden" name="prodTypeId" value="18972" >
            
                <input type="hidden" name="contentType" value="SupportManual" >
            

    <TR>
    <TD>
    <P><br><a name="0"></a><h2 class=bold> General reference</h2><br></p>



<TABLE cellSpacing=1 cellPadding=4 width=370 bgColor=#cccccc summary="Add summary of the data table" border=0>
      <TR class=theme>
        <TH class=small scope=col width="160">
        <span class="themebody"><font color=#ffffff><b>
        Title</b></font></span></TH>
        <TH class=small scope=col width="48">
        <span class="themebody"><font color=#ffffff><b>
        Date posted</b></font></span></TH>
        <TH class=small scope=col width="48">
        <span class="themebody"><font color=#ffffff><b>
        Format</b></font></span></TH>
        <TH class=small scope=col width="36">
        <span class="themebody"><font color=#ffffff><b>
        Size (MB)</b></font></span></TH>
        <TH class=small scope=col width="48">
        <span class="themebody"><font color=#ffffff><b>
        Estimated download time<br>
        </b></font></span></TH>


        </TR>

        <TR bgColor=#E7E7E7>
        <TD bgColor=#E7E7E7>
        <p align="left">
        <A class=udrlinesmall onclick='if(window.s_gs){s_linkType="c";s_lnk=s_co(this);s_linkName="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc00635041%2Fc00635041.pdf";s_prop2="LY ";s_prop4="c00635041";s_prop5="1140727-HP Color LaserJet 2605 Printer series";s_gs("hphqglobal,hphqWWsupportBSD")}'
        href="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc00635041%2Fc00635041.pdf">HP Color LaserJet 2605/2605dn/2605dtn - Software Technical Reference</A> </TD>
        <TD class=small bgColor=#E7E7E7>31 Mar 2006</TD>

        <TD class=small bgColor=#E7E7E7>PDF </TD>
        <TD class=small bgColor=#E7E7E7>7.64</TD>
        <TD class=small bgColor=#E7E7E7>
56.6K: 18m<br>512K: 2m
    </TD>

    </TR>

        <TR bgColor=#FFFFFF>
        <TD bgColor=#FFFFFF>
        <p align="left">
        <A class=udrlinesmall onclick='if(window.s_gs){s_linkType="c";s_lnk=s_co(this);s_linkName="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fbpl05339%2Fbpl05339.pdf";s_prop2="LY ";s_prop4="bpl05339";s_prop5="1140727-HP Color LaserJet 2605 Printer series";s_gs("hphqglobal,hphqWWsupportBSD")}'
        href="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fbpl05339%2Fbpl05339.pdf">HP LaserJet Printer Family - Print Media Specification Guide</A> </TD>
        <TD class=small bgColor=#FFFFFF>1 Jan 2000</TD>

        <TD class=small bgColor=#FFFFFF>PDF </TD>
        <TD class=small bgColor=#FFFFFF>0.76</TD>
        <TD class=small bgColor=#FFFFFF>
56.6K: 1m<br>512K: <1m
    </TD>

    </TR>

        <TR bgColor=#E7E7E7>
        <TD bgColor=#E7E7E7>
        <p align="left">
        <A class=udrlinesmall onclick='if(window.s_gs){s_linkType="c";s_lnk=s_co(this);s_linkName="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc01480510%2Fc01480510.pdf";s_prop2="LY ";s_prop4="c01480510";s_prop5="1140727-HP Color LaserJet 2605 Printer series";s_gs("hphqglobal,hphqWWsupportBSD")}'
        href="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc01480510%2Fc01480510.pdf">HP LaserJet, Color LaserJet and LaserJet MFP and All-in-Ones - Windows 98, 98 Second Edition and ME support statement</A> </TD>
        <TD class=small bgColor=#E7E7E7>12 Jun 2008</TD>

        <TD class=small bgColor=#E7E7E7>PDF </TD>
        <TD class=small bgColor=#E7E7E7>0.5</TD>
        <TD class=small bgColor=#E7E7E7>
56.6K: <1m<br>512K: <1m
    </TD>

    </TR>

        <TR bgColor=#FFFFFF>
        <TD bgColor=#FFFFFF>
        <p align="left">
        <A class=udrlinesmall onclick='if(window.s_gs){s_linkType="c";s_lnk=s_co(this);s_linkName="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc01366409%2Fc01366409.pdf";s_prop2="LY ";s_prop4="c01366409";s_prop5="1140727-HP Color LaserJet 2605 Printer series";s_gs("hphqglobal,hphqWWsupportBSD")}'
        href="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc01366409%2Fc01366409.pdf">HP Universal Print Driver for Windows, Version 4.1 - Technical Frequently Asked Questions (FAQ)</A> </TD>
        <TD class=small bgColor=#FFFFFF>11 Feb 2008</TD>

        <TD class=small bgColor=#FFFFFF>PDF </TD>
        <TD class=small bgColor=#FFFFFF>0.13</TD>
        <TD class=small bgColor=#FFFFFF>
56.6K: <1m<br>512K: <1m
    </TD>

    </TR>

    </TD>
    </TR>
    </TABLE>
    <TR><TD align="right">
    <a href="#GotoTop">Go to top</a>
    </TD>
    </TR>

    <TR>
    <TD>
    <P><br><a name="1"></a><h2 class=bold> Getting started</h2><br></p>



<TABLE cellSpacing=1 cellPadding=4 width=370 bgColor=#cccccc summary="Add summary of the data table" border=0>
      <TR class=theme>
        <TH class=small scope=col width="160">
        <span class="themebody"><font color=#ffffff><b>
        Title</b></font></span></TH>
        <TH class=small scope=col width="48">
        <span class="themebody"><font color=#ffffff><b>
        Date posted</b></font></span></TH>
        <TH class=small scope=col width="48">
        <span class="themebody"><font color=#ffffff><b>
        Format</b></font></span></TH>
        <TH class=small scope=col width="36">
        <span class="themebody"><font color=#ffffff><b>
        Size (MB)</b></font></span></TH>
        <TH class=small scope=col width="48">
        <span class="themebody"><font color=#ffffff><b>
        Estimated download time<br>
        </b></font></span></TH>


        </TR>

        <TR bgColor=#E7E7E7>
        <TD bgColor=#E7E7E7>
        <p align="left">
        <A class=udrlinesmall onclick='if(window.s_gs){s_linkType="c";s_lnk=s_co(this);s_linkName="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc00579993%2Fc00579993.pdf";s_prop2="LY ";s_prop4="c00579993";s_prop5="1140727-HP Color LaserJet 2605 Printer series";s_gs("hphqglobal,hphqWWsupportBSD")}'
        href="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc00579993%2Fc00579993.pdf">HP Color LaserJet 2605 - (Multiple Language) Getting Started Guide</A> </TD>
        <TD class=small bgColor=#E7E7E7>12 Dec 2005</TD>

        <TD class=small bgColor=#E7E7E7>PDF </TD>
        <TD class=small bgColor=#E7E7E7>0.77</TD>
        <TD class=small bgColor=#E7E7E7>
56.6K: 1m<br>512K: <1m
    </TD>

    </TR>

        <TR bgColor=#FFFFFF>
        <TD bgColor=#FFFFFF>
        <p align="left">
        <A class=udrlinesmall onclick='if(window.s_gs){s_linkType="c";s_lnk=s_co(this);s_linkName="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc00580008%2Fc00580008.pdf";s_prop2="LY ";s_prop4="c00580008";s_prop5="1140727-HP Color LaserJet 2605 Printer series";s_gs("hphqglobal,hphqWWsupportBSD")}'
        href="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc00580008%2Fc00580008.pdf">HP Color LaserJet 2605dn/2605dtn - (Multiple Language) Getting Started Guide</A> </TD>
        <TD class=small bgColor=#FFFFFF>12 Dec 2005</TD>

        <TD class=small bgColor=#FFFFFF>PDF </TD>
        <TD class=small bgColor=#FFFFFF>0.85</TD>
        <TD class=small bgColor=#FFFFFF>
56.6K: 2m<br>512K: <1m
    </TD>

    </TR>

    </TD>
    </TR>
    </TABLE>
    <TR><TD align="right">
    <a href="#GotoTop">Go to top</a>
    </TD>
    </TR>

    <TR>
    <TD>
    <P><br><a name="2"></a><h2 class=bold> Software reference</h2><br></p>



<TABLE cellSpacing=1 cellPadding=4 width=370 bgColor=#cccccc summary="Add summary of the data table" border=0>
      <TR class=theme>
        <TH class=small scope=col width="160">
        <span class="themebody"><font color=#ffffff><b>
        Title</b></font></span></TH>
        <TH class=small scope=col width="48">
        <span class="themebody"><font color=#ffffff><b>
        Date posted</b></font></span></TH>
        <TH class=small scope=col width="48">
        <span class="themebody"><font color=#ffffff><b>
        Format</b></font></span></TH>
        <TH class=small scope=col width="36">
        <span class="themebody"><font color=#ffffff><b>
        Size (MB)</b></font></span></TH>
        <TH class=small scope=col width="48">
        <span class="themebody"><font color=#ffffff><b>
        Estimated download time<br>
        </b></font></span></TH>


        </TR>

        <TR bgColor=#E7E7E7>
        <TD bgColor=#E7E7E7>
        <p align="left">
        <A class=udrlinesmall onclick='if(window.s_gs){s_linkType="c";s_lnk=s_co(this);s_linkName="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc00635041%2Fc00635041.pdf";s_prop2="LY ";s_prop4="c00635041";s_prop5="1140727-HP Color LaserJet 2605 Printer series";s_gs("hphqglobal,hphqWWsupportBSD")}'
        href="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc00635041%2Fc00635041.pdf">HP Color LaserJet 2605/2605dn/2605dtn - Software Technical Reference</A> </TD>
        <TD class=small bgColor=#E7E7E7>31 Mar 2006</TD>

        <TD class=small bgColor=#E7E7E7>PDF </TD>
        <TD class=small bgColor=#E7E7E7>7.64</TD>
        <TD class=small bgColor=#E7E7E7>
56.6K: 18m<br>512K: 2m
    </TD>

    </TR>

    </TD>
    </TR>
    </TABLE>
    <TR><TD align="right">
    <a href="#GotoTop">Go to top</a>
    </TD>
    </TR>

    <TR>
    <TD>
    <P><br><a name="3"></a><h2 class=bold> Technical guides and product specifications</h2><br></p>



<TABLE cellSpacing=1 cellPadding=4 width=370 bgColor=#cccccc summary="Add summary of the data table" border=0>
      <TR class=theme>
        <TH class=small scope=col width="160">
        <span class="themebody"><font color=#ffffff><b>
        Title</b></font></span></TH>
        <TH class=small scope=col width="48">
        <span class="themebody"><font color=#ffffff><b>
        Date posted</b></font></span></TH>
        <TH class=small scope=col width="48">
        <span class="themebody"><font color=#ffffff><b>
        Format</b></font></span></TH>
        <TH class=small scope=col width="36">
        <span class="themebody"><font color=#ffffff><b>
        Size (MB)</b></font></span></TH>
        <TH class=small scope=col width="48">
        <span class="themebody"><font color=#ffffff><b>
        Estimated download time<br>
        </b></font></span></TH>


        </TR>

        <TR bgColor=#E7E7E7>
        <TD bgColor=#E7E7E7>
        <p align="left">
        <A class=udrlinesmall onclick='if(window.s_gs){s_linkType="c";s_lnk=s_co(this);s_linkName="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc01366409%2Fc01366409.pdf";s_prop2="LY ";s_prop4="c01366409";s_prop5="1140727-HP Color LaserJet 2605 Printer series";s_gs("hphqglobal,hphqWWsupportBSD")}'
        href="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc01366409%2Fc01366409.pdf">HP Universal Print Driver for Windows, Version 4.1 - Technical Frequently Asked Questions (FAQ)</A> </TD>
        <TD class=small bgColor=#E7E7E7>11 Feb 2008</TD>

        <TD class=small bgColor=#E7E7E7>PDF </TD>
        <TD class=small bgColor=#E7E7E7>0.13</TD>
        <TD class=small bgColor=#E7E7E7>
56.6K: <1m<br>512K: <1m
    </TD>

    </TR>

    </TD>
    </TR>
    </TABLE>
    <TR><TD align="right">
    <a href="#GotoTop">Go to top</a>
    </TD>
    </TR>

    <TR>
    <TD>
    <P><br><a name="4"></a><h2 class=bold> User guide</h2><br></p>



<TABLE cellSpacing=1 cellPadding=4 width=370 bgColor=#cccccc summary="Add summary of the data table" border=0>
      <TR class=theme>
        <TH class=small scope=col width="160">
        <span class="themebody"><font color=#ffffff><b>
        Title</b></font></span></TH>
        <TH class=small scope=col width="48">
        <span class="themebody"><font color=#ffffff><b>
        Date posted</b></font></span></TH>
        <TH class=small scope=col width="48">
        <span class="themebody"><font color=#ffffff><b>
        Format</b></font></span></TH>
        <TH class=small scope=col width="36">
        <span class="themebody"><font color=#ffffff><b>
        Size (MB)</b></font></span></TH>
        <TH class=small scope=col width="48">
        <span class="themebody"><font color=#ffffff><b>
        Estimated download time<br>
        </b></font></span></TH>


        </TR>

        <TR bgColor=#E7E7E7>
        <TD bgColor=#E7E7E7>
        <p align="left">
        <A class=udrlinesmall onclick='if(window.s_gs){s_linkType="c";s_lnk=s_co(this);s_linkName="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc00509634%2Fc00509634.pdf";s_prop2="LY ";s_prop4="c00509634";s_prop5="1140727-HP Color LaserJet 2605 Printer series";s_gs("hphqglobal,hphqWWsupportBSD")}'
        href="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc00509634%2Fc00509634.pdf">HP Color LaserJet 2605/2605dn/2605dtn - User Guide</A> </TD>
        <TD class=small bgColor=#E7E7E7>10 Oct 2005</TD>

        <TD class=small bgColor=#E7E7E7>PDF </TD>
        <TD class=small bgColor=#E7E7E7>3.73</TD>
        <TD class=small bgColor=#E7E7E7>
56.6K: 9m<br>512K: <1m
    </TD>

    </TR>

        <TR bgColor=#FFFFFF>
        <TD bgColor=#FFFFFF>
        <p align="left">
        <A class=udrlinesmall onclick='if(window.s_gs){s_linkType="c";s_lnk=s_co(this);s_linkName="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc01627141%2Fc01627141.pdf";s_prop2="LY ";s_prop4="c01627141";s_prop5="1140727-HP Color LaserJet 2605 Printer series";s_gs("hphqglobal,hphqWWsupportBSD")}'
        href="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc01627141%2Fc01627141.pdf">HP Color LaserJet, LaserJet and LaserJet MFP Products - Print Cartridge Price Increase Announcement</A> </TD>
        <TD class=small bgColor=#FFFFFF>8 Dec 2008</TD>

        <TD class=small bgColor=#FFFFFF>PDF </TD>
        <TD class=small bgColor=#FFFFFF>0.4</TD>
        <TD class=small bgColor=#FFFFFF>
56.6K: <1m<br>512K: <1m
    </TD>

    </TR>

    </TD>
    </TR>
    </TABLE>
    <TR><TD align="right">
    <a href="#GotoTop">Go to top</a>
    </TD>
    </TR>

    <TR>
    <TD>
    <P><br><a name="5"></a><h2 class=bold> White papers</h2><br></p>



<TABLE cellSpacing=1 cellPadding=4 width=370 bgColor=#cccccc summary="Add summary of the data table" border=0>
      <TR class=theme>
        <TH class=small scope=col width="160">
        <span class="themebody"><font color=#ffffff><b>
        Title</b></font></span></TH>
        <TH class=small scope=col width="48">
        <span class="themebody"><font color=#ffffff><b>
        Date posted</b></font></span></TH>
        <TH class=small scope=col width="48">
        <span class="themebody"><font color=#ffffff><b>
        Format</b></font></span></TH>
        <TH class=small scope=col width="36">
        <span class="themebody"><font color=#ffffff><b>
        Size (MB)</b></font></span></TH>
        <TH class=small scope=col width="48">
        <span class="themebody"><font color=#ffffff><b>
        Estimated download time<br>
        </b></font></span></TH>


        </TR>

        <TR bgColor=#E7E7E7>
        <TD bgColor=#E7E7E7>
        <p align="left">
        <A class=udrlinesmall onclick='if(window.s_gs){s_linkType="c";s_lnk=s_co(this);s_linkName="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc00853904%2Fc00853904.pdf";s_prop2="LY ";s_prop4="c00853904";s_prop5="1140727-HP Color LaserJet 2605 Printer series";s_gs("hphqglobal,hphqWWsupportBSD")}'
        href="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc00853904%2Fc00853904.pdf">HP Color LaserJet 2605 Series  -  Windows Vista Support</A> </TD>
        <TD class=small bgColor=#E7E7E7>24 Jan 2007</TD>

        <TD class=small bgColor=#E7E7E7>PDF </TD>
        <TD class=small bgColor=#E7E7E7>0.10</TD>
        <TD class=small bgColor=#E7E7E7>
56.6K: <1m<br>512K: <1m
    </TD>

    </TR>

        <TR bgColor=#FFFFFF>
        <TD bgColor=#FFFFFF>
        <p align="left">
        <A class=udrlinesmall onclick='if(window.s_gs){s_linkType="c";s_lnk=s_co(this);s_linkName="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc01626959%2Fc01626959.pdf";s_prop2="LY ";s_prop4="c01626959";s_prop5="1140727-HP Color LaserJet 2605 Printer series";s_gs("hphqglobal,hphqWWsupportBSD")}'
        href="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc01626959%2Fc01626959.pdf">HP Jetdirect External Print Server Products - External USB Compatibility</A> </TD>
        <TD class=small bgColor=#FFFFFF>8 Dec 2008</TD>

        <TD class=small bgColor=#FFFFFF>PDF </TD>
        <TD class=small bgColor=#FFFFFF>0.4</TD>
        <TD class=small bgColor=#FFFFFF>
56.6K: <1m<br>512K: <1m
    </TD>

    </TR>

        <TR bgColor=#E7E7E7>
        <TD bgColor=#E7E7E7>
        <p align="left">
        <A class=udrlinesmall onclick='if(window.s_gs){s_linkType="c";s_lnk=s_co(this);s_linkName="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc01570017%2Fc01570017.pdf";s_prop2="LY ";s_prop4="c01570017";s_prop5="1140727-HP Color LaserJet 2605 Printer series";s_gs("hphqglobal,hphqWWsupportBSD")}'
        href="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc01570017%2Fc01570017.pdf">HP LaserJet and Edgeline Printers - Support End Date for Discrete (Product Specific) Printer Drivers Drawer Statement</A> </TD>
        <TD class=small bgColor=#E7E7E7>2 Oct 2008</TD>

        <TD class=small bgColor=#E7E7E7>PDF </TD>
        <TD class=small bgColor=#E7E7E7>0.7</TD>
        <TD class=small bgColor=#E7E7E7>
56.6K: <1m<br>512K: <1m
    </TD>

    </TR>

        <TR bgColor=#FFFFFF>
        <TD bgColor=#FFFFFF>
        <p align="left">
        <A class=udrlinesmall onclick='if(window.s_gs){s_linkType="c";s_lnk=s_co(this);s_linkName="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc00815956%2Fc00815956.pdf";s_prop2="LY ";s_prop4="c00815956";s_prop5="1140727-HP Color LaserJet 2605 Printer series";s_gs("hphqglobal,hphqWWsupportBSD")}'
        href="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc00815956%2Fc00815956.pdf">HP LaserJet Products - Installing the Product in Microsoft Windows Vista</A> </TD>
        <TD class=small bgColor=#FFFFFF>4 Dec 2006</TD>

        <TD class=small bgColor=#FFFFFF>PDF </TD>
        <TD class=small bgColor=#FFFFFF>0.56</TD>
        <TD class=small bgColor=#FFFFFF>
56.6K: 1m<br>512K: <1m
    </TD>

    </TR>

        <TR bgColor=#E7E7E7>
        <TD bgColor=#E7E7E7>
        <p align="left">
        <A class=udrlinesmall onclick='if(window.s_gs){s_linkType="c";s_lnk=s_co(this);s_linkName="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc01464949%2Fc01464949.pdf";s_prop2="LY ";s_prop4="c01464949";s_prop5="1140727-HP Color LaserJet 2605 Printer series";s_gs("hphqglobal,hphqWWsupportBSD")}'
        href="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=DocIndexPDF&prodSeriesId=1140727&targetPage=http%3A%2F%2Fbizsupport1.austin.hp.com%2Fbc%2Fdocs%2Fsupport%2FSupportManual%2Fc01464949%2Fc01464949.pdf">HP Printers - Supported Citrix Presentation Server environments</A> </TD>
        <TD class=small bgColor=#E7E7E7>5 Jan 2009</TD>

        <TD class=small bgColor=#E7E7E7>PDF </TD>
        <TD class=small bgColor=#E7E7E7>0.40</TD>
        <TD class=small bgColor=#E7E7E7>
56.6K: <1m<br>512K: <1m
    </TD>

    </TR>

    </TD>
    </TR>
    </TABLE>
    <TR><TD align="right">
    <a href="#GotoTop">Go to top</a>
    </TD>
    </TR>




<TABLE cellSpacing=1 cellPadding=4 width=370 summary="Add summary of the data table" border=0>
      <TR>
        <TD class=small scope=col>

<br><br><span class="bold">About PDF files:</span><br>You must have Adobe&reg; Acrobat&reg; Reader installed to view PDF files. The reader is a free plug-in available at the
<a href="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=LeavingHpSite&targetPage=http%3A%2F%2Fwww.hp.com%2Fcgi-bin%2Fleaving_hp.cgi%3Fcc%3Dus%26lang%3Den%26exit_text%3DAdobe+web+site%26exit_link%3Dhttp%253A%252F%252Fwww.adobe.com%252Fproducts%252Facrobat%252Freadstep2.html%26area_text%3DHP+Color+LaserJet+2605+Printer+series%26area_link%3Dhttp%3A%2F%2Fh20000.www2.hp.com%2Fbizsupport%2FTechSupport%2FHome.jsp%3Fcc%253Dus%2526lang%253Den%2526prodTypeId%253D18972%2526prodSeriesId%253D1140727" onclick='if(window.s_gs){s_linkType="e";s_lnk=s_co(this);s_linkName="/bizsupport/TechSupport/CoreRedirect.jsp?redirectReason=LeavingHpSite&targetPage=http%3A%2F%2Fwww.hp.com%2Fcgi-bin%2Fleaving_hp.cgi%3Fcc%3Dus%26lang%3Den%26exit_text%3DAdobe+web+site%26exit_link%3Dhttp%253A%252F%252Fwww.adobe.com%252Fproducts%252Facrobat%252Freadstep2.html%26area_text%3DHP+Color+LaserJet+2605+Printer+series%26area_link%3Dhttp%3A%2F%2Fh20000.www2.hp.com%2Fbizsupport%2FTechSupport%2FHome.jsp%3Fcc%253Dus%2526lang%253Den%2526prodTypeId%253D18972%2526prodSeriesId%253D1140727";s_prop2="LY ";s_prop4="c01464949";s_prop5="1140727-HP Color LaserJet 2605 Printer series";s_gs("hphqglobal,hphqWWsupportBSD")}'
class="udrline">
Adobe&reg; web site</a>.
<br><br><span class="bold">Note:</span> It is recommended to use Adobe Acrobat Reader 5.0 or greater, to view PDFs larger than 4 megabytes and use "byte-serving" capabilities.<br><br><span class="small">Adobe, the Adobe logo, and Adobe Acrobat Reader are trademarks of Adobe Systems Incorporated.</span>
  





  


</TD>
</TR>
</TABLE>







            <!-- ple: pc_DocumentIndexComp (0.015 sec.) -->

     </TD>

	  <TD width=10 align=top>&nbsp;</TD>
    <TD width=180  align=left valign=top>
      <!-- pls: pc_SpotLight -->


      





















<table bgcolor="#ffffff" border="0" cellpadding="0" cellspacing="0" width="180">
    <tr>
        <td>
        <table class="theme" border="0" cellpadding="0" cellspacing="0" width="180">
            <tr>
                <td bgColor=#CC0066>
                <h2 class="themeheader" style="margin-left: 10px;">
                    <font color=#ffffff><B> 
                    Hot topics for this product
                     </B></font>
                </h2>
                </td>
            </tr>
        </table>
        <table bgcolor="#cccccc" border="0" cellpadding="0" cellspacing="0" width="180">
            <tr>
                <td rowspan="2" width="1">
                <img src="http://welcome.hp-ww.com/img/s.gif" height="1" width="1">
                </td>
                <td width="178">
                <table bgcolor="#ffffff" border="0" cellpadding="10" cellspacing="0" width="178">
                    <tr>
                        <td>
                        <table border="0" cellpadding="0" cellspacing="0" width="158">

                            <tr valign="top">
                                <td class="color003366" width="5"><font class="color003366">&raquo;</font>&nbsp; </td>
                                <td class="small" align="left">
                                <a href="http://www.hp.com/go/proactivesupport" >HP Proactive Support: Get alerts on current and future problems</a>
                                </td>
                            </tr>

                            <tr valign="top">
                                <td class="color003366" width="5"><font class="color003366">&raquo;</font>&nbsp; </td>
                                <td class="small" align="left">
                                <a href="http://h20000.www2.hp.com/bizsupport/TechSupport/Document.jsp?lang=en&cc=us&taskId=115&prodSeriesId=1140727&prodTypeId=18972&objectID=c00796976" >Enable Print on Both Sides (Duplexing)</a>
                                </td>
                            </tr>

                            <tr valign="top">
                                <td class="color003366" width="5"><font class="color003366">&raquo;</font>&nbsp; </td>
                                <td class="small" align="left">
                                <a href="http://www.hp.com/cpso-support-new/SDD/index.htm?lang=en&cc=us" >Automatically check to see if your driver needs updating  (MS windows only)</a>
                                </td>
                            </tr>

                        </table>
                        </td>
                    </tr>
                </table>
                </td>
                <td rowspan="2" width="1">
                <img src="http://welcome.hp-ww.com/img/s.gif" height="1" width="1">
                </td>
            </tr>
            <tr class="decoration">
                <td colspan="3"><img src="http://welcome.hp-ww.com/img/s.gif" height="2" width="1"></td>
            </tr>
        </table>
        </td>
    </tr>
</table>

<table border="0" cellpadding="0" cellspacing="0" width="180">
    <tr class="decoration">
        <td bgcolor="#ffffff">
        <img src="http://welcome.hp-ww.com/img/s.gif" height="5" width="1"></td>
    </tr>
    <tr>
        <td align="center" bgcolor="#e7e7e7">
        <img src="http://welcome.hp-ww.com/img/s.gif" height="10" width="1"></td>
    </tr>
    <tr>
        <td align="center" bgcolor="#e7e7e7">
        <A href=http://www.hp.com/go/ispe/product?&cc=us&lang=en&origin=acp><img height=110 width=148 border=0 src=http://bizsupport1.austin.hp.com/bc/images/general/ConsultativeAdvisor1/ca1_ispe4_en_NA.gif  alt='hp instant support professional edition'></A>
        </td>
    </tr>
    <tr class="decoration">
        <td bgcolor="#e7e7e7">
        <img src="http://welcome.hp-ww.com/img/s.gif" border="0" height="10" width="1"></td>
    </tr>
    <tr class="decoration">
        <td class="colorCCCCCCbg">
        <img src="http://welcome.hp-ww.com/img/s.gif" height="2" width="1"></td>
    </tr>
</table>




      <!-- ple: pc_SpotLight (0.000 sec.) -->

       <br>
                







<!-- pls: siteL1_MyComp -->


<!-- ple: siteL1_MyComp (0.000 sec.) -->



	  </TD>
  </TR>
</TABLE>

























</td></tr>
</table>
<TABLE cellSpacing=0 cellPadding=0 width=740 border=0>
  <TBODY>

<TR>
<TD vAlign="bottom" width=170 bgColor=#f0f0f0 align="center">
<IMG height=10 alt="" 
  src="http://welcome.hp-ww.com/img/s.gif"
  width=1><BR><IMG height=13 
  src="http://welcome.hp-ww.com/img/hpweb_1-2_prnt_icn.gif"
  width=20 border=0 alt="Printable version" ><A class="udrlinebold"
  href="/bizsupport/TechSupport/DocumentIndex.jsp?lang=ar&cc=us&contentType=SupportManual&docIndexId=64255&prodTypeId=18972&prodSeriesId=1140727&lang=ar&cc=us&printver=true">Printable version</A><BR><IMG height=10 alt=""
  src="http://welcome.hp-ww.com/img/s.gif" 	width=1></TD>

<TD width=10></TD>
<TD width=560><IMG height=60 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=1 border=0></TD>
</TR>
<TR>
<TD vAlign="bottom"  width=170 bgColor=#f0f0f0>
<IMG alt="" src="http://welcome.hp-ww.com/img/s.gif" border=0 width="1" height="1"></TD>
<TD width=10></TD>
<TD width=560>
<IMG height=20 alt="" src="http://welcome.hp-ww.com/img/s.gif" width=1  border=0>
</TD></TR> 				  
            
</TBODY></TABLE>



<table border="0" cellpadding="0" cellspacing="0" width="100%">
	<tr>
		<td bgcolor="#999999" colspan="3"><img src="http://welcome.hp-ww.com/img/s.gif" width="1" height="4" alt=""></td>
	</tr><tr>
    <td><table border="0" cellpadding="0" cellspacing="0" width="740">
        <tr>
            <td colspan="3"><img src="http://welcome.hp-ww.com/img/s.gif" width="1" height="2" alt="" border="0"></td>
        </tr><tr>
            <td width="33%" align="center">
            <a class="udrlinesmall" href="http://welcome.hp.com/country/us/en/privacy.html">
            Privacy statement</a>
            
            </td>
            <td width="33%" align="center">
            <a class="udrlinesmall" href="http://welcome.hp.com/country/us/en/termsofuse.html">
            Using this site means you accept its terms
            
            </a></td>
            <td width="33%" align="center"><a class="udrlinesmall" href="http://www.hp.com/bizsupport/feedback/ww/webfeedback.html" >Feedback to webmaster</a>
            </td>
        </tr><tr>
                <td colspan="3"><img src="http://welcome.hp-ww.com/img/s.gif" width="1" height="2" alt="" border="0"></td>
        </tr><tr>

         <td align="center" colspan="3" class="bottombanner">© 2009 Hewlett-Packard Development Company, L.P.</td>
        </tr><tr>
        <td colspan="3"><img src="http://welcome.hp-ww.com/img/s.gif" width="1" height="4" alt=""></td> </tr>
    </table> </td> </tr> </table>



<script type="text/javascript" language="JavaScript">var page_response_value="0.1 to 0.5";</script>

<script language="JavaScript" src="http://www.hp.com/bizsupport/metrics/bscmetrics40.js"></script>
</body>

<head><meta http-equiv="Pragma" content="no-cache"></head></html>

<!-- ple: DocumentIndex_page (0.328 sec.) -->


